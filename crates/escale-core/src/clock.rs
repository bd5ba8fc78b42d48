//! Time as the store records it: UTC instants for row metadata, local days for activities.

use chrono::{Local, NaiveDate, SecondsFormat, Utc};

/// An RFC 3339 UTC timestamp with milliseconds, which sorts as text.
pub fn now_timestamp() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Today on the mediator's laptop, the day an accompaniment happens.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
