//! The person's rights and the structure's duties (GDPR). For now, the audit log; consent,
//! access, erasure and retention follow.

pub mod audit;
