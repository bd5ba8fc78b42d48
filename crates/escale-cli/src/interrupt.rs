//! Ctrl-C. During long work that can stop cleanly (a backup, a restore, a check), it asks that
//! work to stop: the core then removes what it had begun (a half-written backup on a USB key,
//! a restore's temporary folder). At any other moment it ends the program at once, as usual.

use std::sync::atomic::{AtomicBool, Ordering};

static CANCELLABLE_WORK: AtomicBool = AtomicBool::new(false);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Installs the handler; without it (a platform that refuses) Ctrl-C keeps its default effect.
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        if CANCELLABLE_WORK.load(Ordering::SeqCst) {
            INTERRUPTED.store(true, Ordering::SeqCst);
        } else {
            // 128 + SIGINT, what shells expect of a program stopped by Ctrl-C.
            std::process::exit(130);
        }
    });
}

/// Runs `work`, during which Ctrl-C asks it to stop rather than killing the program; `work`
/// polls [`should_go_on`] from its progress callback.
pub fn cancellable<T>(work: impl FnOnce() -> T) -> T {
    INTERRUPTED.store(false, Ordering::SeqCst);
    CANCELLABLE_WORK.store(true, Ordering::SeqCst);
    let result = work();
    CANCELLABLE_WORK.store(false, Ordering::SeqCst);
    result
}

/// False once Ctrl-C was pressed during cancellable work.
pub fn should_go_on() -> bool {
    !INTERRUPTED.load(Ordering::SeqCst)
}
