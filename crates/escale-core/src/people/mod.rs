//! A person's file beyond their own record: the timeline of everything that concerns them,
//! likely duplicates, importing people from another tool's file (`import`), merging two records of the same person, and the screen turned toward the
//! person (`person_view`). The record itself (input, rules, queries) is in `beneficiary.rs`, to
//! move here when it is next reworked.

pub mod duplicates;
pub mod import;
pub mod merge;
pub mod person_view;
pub mod timeline;

pub use merge::{Merge, MergePreview};
pub use person_view::PersonView;
pub use timeline::{PersonTimeline, TimelineEntry};
