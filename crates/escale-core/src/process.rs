//! Settings of the whole process that hold for every consumer (the CLI, the window).

/// Forbids core dumps of this process and of the processes it starts. A crashing Escale holds
/// the data key and the people it showed in memory: a core file (or a crash collector such as
/// systemd-coredump) would write them to disk in clear. Called first thing by each binary;
/// failures are ignored (the process then behaves as the system decides, as before).
pub fn forbid_core_dumps() {
    #[cfg(unix)]
    {
        use nix::sys::resource::{Resource, setrlimit};
        let _ = setrlimit(Resource::RLIMIT_CORE, 0, 0);
    }
    #[cfg(target_os = "linux")]
    {
        // Also covers crash collectors that ignore the size limit (a core pattern piped to a
        // program), and forbids other programs of the same user to read this one's memory.
        let _ = nix::sys::prctl::set_dumpable(false);
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn after_the_call_no_core_file_can_be_written() {
        super::forbid_core_dumps();
        let limits = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_CORE).expect("readable");
        assert_eq!(limits, (0, 0), "core files of any size are refused, and the limit cannot be raised again");
        assert!(
            !nix::sys::prctl::get_dumpable().expect("readable"),
            "the kernel will not dump this process, whatever the crash collector"
        );
    }
}
