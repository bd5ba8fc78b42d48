//! Memory given back while the window is at rest. A mediator works in bursts (a search, a file,
//! a session written) and then talks with the person for minutes, the browser open beside
//! Escale on a 4 GB laptop: once no command has run for a moment, the store's cache of
//! decrypted pages is emptied. The next command reads its few pages from the disk again.
//!
//! Emptying the cache alone gives nothing back to the system: glibc keeps what a thread freed in
//! that thread's arena (measured: 33 MiB stayed resident in one arena after the follow-up count
//! at 100,000 people). [`give_back_freed_memory`] asks glibc to return those pages.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

/// How long without a command before the memory is given back: longer than the pauses of
/// typing a name, short enough to be done before the mediator turns to the person.
pub const QUIET: Duration = Duration::from_secs(2);

/// A thread that runs `release` once after each burst of activity, when `quiet` has passed
/// without any. It ends with the program (or when this is dropped).
pub struct ReleaseWhenQuiet {
    activity: Sender<()>,
}

impl ReleaseWhenQuiet {
    pub fn start(quiet: Duration, release: impl Fn() + Send + 'static) -> std::io::Result<ReleaseWhenQuiet> {
        let (activity, heard) = mpsc::channel::<()>();
        std::thread::Builder::new().name("release-when-quiet".into()).spawn(move || {
            // Asleep until something happens: nothing to give back before.
            while heard.recv().is_ok() {
                loop {
                    match heard.recv_timeout(quiet) {
                        Ok(()) => continue,
                        Err(RecvTimeoutError::Timeout) => {
                            release();
                            break;
                        }
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
            }
        })?;
        Ok(ReleaseWhenQuiet { activity })
    }

    /// A command has just run: the quiet time starts again.
    pub fn note_activity(&self) {
        // The thread gone (it never panics), there is nothing to wake.
        let _ = self.activity.send(());
    }
}

/// Returns to the system the memory the C allocator holds free (glibc's `malloc_trim`, which
/// walks every arena); elsewhere there is no such call, and nothing to do.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[expect(unsafe_code, reason = "malloc_trim is a C function; it has no precondition to uphold")]
pub fn give_back_freed_memory() {
    // SAFETY: malloc_trim takes a plain integer and only reorganises the allocator's own free
    // memory, under the allocator's locks; any thread may call it at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back_freed_memory() {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    fn wait_until(condition: impl Fn() -> bool) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if condition() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }

    #[test]
    fn memory_is_given_back_once_after_a_burst_and_never_before_any_activity() {
        let released = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&released);
        let quiet = Duration::from_millis(50);
        let rest = ReleaseWhenQuiet::start(quiet, move || {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();

        // No command yet: the thread waits for one, however long (nothing was taken to give back).
        std::thread::sleep(quiet * 4);
        assert_eq!(released.load(Ordering::SeqCst), 0, "nothing is released before any activity");

        // A burst of commands closer together than the quiet time: one release after it.
        for _ in 0..5 {
            rest.note_activity();
        }
        assert!(wait_until(|| released.load(Ordering::SeqCst) == 1), "the burst is followed by a release");
        std::thread::sleep(quiet * 4);
        assert_eq!(released.load(Ordering::SeqCst), 1, "one release per burst: at rest, no more work");

        // The next burst gets its own.
        rest.note_activity();
        assert!(wait_until(|| released.load(Ordering::SeqCst) == 2), "a later burst is followed by its own release");
    }
}
