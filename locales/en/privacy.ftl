# The person’s rights: the readable copy of their data (right of access) and the audit log.

access-document-title = Your personal data in Escale
access-document-intro = This document contains everything the organisation supporting you records about you in Escale, as of { $date }.
# A “label: value” line.
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = not given
access-none = None.
access-erased = Your identity, contact details and the notes about you were erased on { $date }.

access-section-identity = Identity and contact details
access-section-consents = Consents
access-section-accompaniments = Support sessions
access-section-procedures = Administrative procedures
access-section-audit = Who viewed or changed your record, and when

access-label-id = Record ID
access-label-birth-year = Year of birth
access-label-gender = Gender
access-label-social-status = Status
access-label-commune = Municipality
access-commune = { $name } ({ $postalCode }, INSEE code { $inseeCode })
access-consent = Consent given on { $date } ({ $method }) for: { $purposes }.
access-consent-withdrawn = Withdrawn on { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Themes
access-label-workshop = Workshop
access-label-autonomy = Autonomy
access-label-orientation = Referral
access-label-procedure-name = Procedure
access-label-next-steps = Next steps
access-procedure = { $kind } — { $status }
access-label-reference = Case number
access-label-deadline = Deadline
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Actions of the audit log (codes of crates/escale-core/src/privacy/audit.rs).
audit-action-create = created
audit-action-update = changed
audit-action-status-change = status changed
audit-action-delete = deleted
audit-action-view = viewed
audit-action-export = data exported
audit-action-erase = erased
audit-action-anonymise = anonymised (retention period over)
audit-action-withdraw = consent withdrawn

# What a line of the log is about.
audit-entity-beneficiary = the person’s record
audit-entity-activity = support session
audit-entity-procedure = procedure
audit-entity-consent = consent
audit-entity-place = activity venue
audit-entity-structure = organisation
audit-entity-setting = setting
