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
audit-action-restore = restored (deletion or merge undone)
audit-action-merge = two files merged

# What a line of the log is about.
audit-entity-beneficiary = the person’s record
audit-entity-activity = support session
audit-entity-procedure = procedure
audit-entity-consent = consent
audit-entity-place = activity venue
audit-entity-structure = organisation
audit-entity-setting = setting
audit-entity-catalogue-entry = catalogue procedure

privacy-title = Personal data and the person's rights
privacy-consents = Consent
privacy-no-consent = No consent recorded.
privacy-consent-line = Given on { $date } ({ $method })
privacy-consent-withdrawn-on = Withdrawn on { $date }
privacy-withdraw = Withdraw this consent today
privacy-consent-date = Date of consent
privacy-consent-method = How
privacy-consent-purposes = What for
privacy-record-consent = Record the consent
privacy-consent-recorded = Consent recorded.
privacy-consent-withdrawn = Withdrawal of consent recorded.
privacy-access = Copy of the data (right of access)
privacy-access-explanation = Two files: a readable text in the person's language, and all the data as JSON. The file names contain no person's name.
privacy-export-folder = Folder to save in
privacy-usb-key = USB key
privacy-documents = Documents
privacy-export = Save the copy of the data
privacy-exported = Copy saved:
privacy-erasure = Erasure
privacy-erasure-explanation = Erases this person's identity, contact details and notes for good. The accompaniments stay counted, without a name, for the statistics.
privacy-erase = Erase this person's data…
privacy-erasure-question = Erase this person's data for good?
privacy-erasure-goes = What will be erased:
privacy-erasure-accompaniment-notes = { $count ->
    [one] the notes and next steps of one accompaniment
   *[other] the notes and next steps of { $count } accompaniments
}
privacy-erasure-procedure-texts = { $count ->
    [one] the case number and notes of one procedure
   *[other] the case numbers and notes of { $count } procedures
}
privacy-erasure-status-notes = { $count ->
    [one] one follow-up note of a procedure
   *[other] { $count } follow-up notes of procedures
}
privacy-erasure-keeps = Kept, without a name, for the statistics: { $accompaniments ->
    [0] no accompaniment
    [one] one accompaniment
   *[other] { $accompaniments } accompaniments
} and { $procedures ->
    [0] no procedure
    [one] one procedure
   *[other] { $procedures } procedures
}. This erasure cannot be undone.
privacy-erasure-cancel = Do not erase
privacy-erasure-confirm = Erase for good
privacy-erased = The person's data has been erased.
audit-title = Log of views and changes
audit-when = When
audit-what = Action
audit-which = What
audit-open-file = Open the file
audit-more = Show more
audit-empty = Nothing in the log.
retention-title = Retention period
retention-explanation = Files without an accompaniment for this long are anonymised when Escale opens. The statistics do not change.
retention-months = Keep inactive files for (months)
retention-save = Save the period
retention-saved = Retention period saved.
retention-preview-title = Files anonymised within 30 days
retention-preview-none = No file will be anonymised within 30 days.
retention-preview-line = { $name } — last accompaniment on { $last }, anonymised on { $on }
retention-preview-more = And { $count } more.
