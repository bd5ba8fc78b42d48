//! Facts that reports rest on, computed from the rows at the activity's own date whenever they
//! are read, never frozen when a record was typed: records are entered late, corrected and
//! merged, and a fact stored at insert time would then be wrong without anyone noticing.

use chrono::{Datelike, NaiveDate};

use crate::vocabulary::AgeBand;

/// An SQL expression, true when accompaniment `ac` (of activity `a`, person `b`) is the person's
/// first: they were not accompanied elsewhere before coming here (`b.accompanied_before`), and no
/// other live accompaniment of theirs comes earlier — by the activity's day, then the order the
/// records were made in, then the row's id, so that exactly one of a newcomer's accompaniments
/// is the first even when two share a day.
pub(crate) const IS_FIRST_ACCOMPANIMENT: &str = "(NOT b.accompanied_before AND NOT EXISTS ( \
       SELECT 1 FROM accompaniment earlier JOIN activity earlier_activity ON earlier_activity.id = earlier.activity_id \
       WHERE earlier.beneficiary_id = ac.beneficiary_id AND earlier.deleted_at IS NULL \
         AND earlier_activity.deleted_at IS NULL \
         AND (earlier_activity.date, earlier_activity.created_at, earlier.id) < (a.date, a.created_at, ac.id)))";

/// A person's age band on the day of an activity (the national bands count whole years from the
/// birth year, as the platform does).
pub fn age_band_on(birth_year: Option<i32>, day: NaiveDate) -> AgeBand {
    AgeBand::from_birth_year(birth_year, day.year())
}
