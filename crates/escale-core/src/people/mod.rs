//! A person's file beyond their own record: the timeline of everything that concerns them,
//! likely duplicates, and merging two records of the same person. The record itself (input,
//! rules, queries) is in `beneficiary.rs`, to move here when it is next reworked.

pub mod duplicates;
pub mod merge;
pub mod timeline;

pub use merge::{Merge, MergePreview};
pub use timeline::{PersonTimeline, TimelineEntry};
