//! Long work tells how far it is, and can be stopped.
//!
//! Every core function that can take more than a second on an old laptop (demo data, a backup,
//! a restore, and the imports and exports to come) takes a `progress` callback of one shape,
//! [`Progress`]: it is called as the work goes with `(done, total)` in the work's own unit
//! (records written, bytes copied), and its answer says whether to go on. `false` stops the work,
//! which then leaves the store as it was before it began and returns a cancellation error. The
//! window's progress bar and the command line's drive any such function the same way.

/// `progress(done, total) -> go on?`; `total` may grow as the work learns how much there is.
pub type Progress<'a> = &'a dyn Fn(u64, u64) -> bool;

/// For callers with nothing to show and no way to cancel: the work goes on to its end.
pub fn unobserved(_done: u64, _total: u64) -> bool {
    true
}
