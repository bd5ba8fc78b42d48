# The “escale” command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.

cli-about-escale = Escale on the command line: the same encrypted data as the app, for administration and scripts.
cli-arg-escale-data_dir = Data folder (by default the app’s own; variable ESCALE_DATA_DIR).
cli-arg-escale-lang = Language of the messages (fr by default; variable ESCALE_LANG).
cli-arg-escale-json = Output as JSON, for scripts.

cli-about-escale-init = Creates the encrypted database and shows its recovery key. The key goes into the system keyring; without a keyring, a passphrase protects it (typed in, or variable ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Protect the database with a passphrase rather than the keyring.
cli-arg-escale-init-json = Output as JSON.

cli-about-escale-recover = Opens the store again with the recovery key (new computer, erased keyring, lost key settings, forgotten passphrase), then protects the key again. Typed, or from the ESCALE_RECOVERY_KEY variable.
cli-arg-escale-recover-passphrase = Then protect the key with a new passphrase (typed, or from the ESCALE_NEW_PASSPHRASE variable) rather than the keyring.
cli-about-escale-recovery-sheet = Writes the recovery sheet (a page to print and keep locked away).
cli-arg-escale-recovery-sheet-out = File to write (HTML page).
cli-about-escale-key = How the store's key is protected.
cli-about-escale-key-protect = Puts the key in the system keyring or under a (new) passphrase. The data is not re-encrypted.
cli-arg-escale-key-protect-keyring = Keep the key in the system keyring.
cli-arg-escale-key-protect-passphrase = Protect the key with a new passphrase (typed, or from the ESCALE_NEW_PASSPHRASE variable).
cli-prompt-recovery-key = Recovery key (14 groups of 4 characters):
cli-recovery-key-intro = Here is the recovery key. It alone opens the data again if the computer, the keyring or the passphrase is lost:
cli-recovery-key-sheet = Print the recovery sheet ("escale recovery-sheet --out sheet.html") and keep it locked away, far from the computer.
cli-recovered-keyring = Store opened again with the recovery key. Its key is now in the system keyring.
cli-recovered-passphrase = Store opened again with the recovery key. It is now protected by your new passphrase.
cli-recovery-sheet-written = Recovery sheet written to { $path }. Print it, keep it locked away, then delete this file.
cli-key-moved-to-keyring = The key is now in the system keyring. The data has not changed.
cli-key-moved-to-passphrase = The key is now protected by the new passphrase. The data has not changed.
cli-file-not-written = Could not write the file { $path }. Nothing was written.
cli-use-recover = To open your data again: escale recover.

cli-about-escale-backup = Encrypted backups: create, verify, restore.
cli-about-escale-backup-create = Writes an encrypted backup of the whole store into a folder (a USB key). The file is named with the date, nothing personal; it opens with the recovery key or, for a passphrase store, with the passphrase of the day.
cli-arg-escale-backup-create-to = Folder to write the backup into (a USB key, for instance).
cli-arg-escale-backup-create-json = Result as JSON.
cli-about-escale-backup-verify = Checks a backup: its structure and checksum, then, with the recovery key (ESCALE_RECOVERY_KEY) or the passphrase (ESCALE_PASSPHRASE), its contents, which Escale opens and counts.
cli-arg-escale-backup-verify-file = Backup file (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Only the checks that need no secret.
cli-arg-escale-backup-verify-json = Result as JSON.
cli-about-escale-backup-restore = Restores a backup into the data folder (a new laptop), after checking it through. Recovery key (ESCALE_RECOVERY_KEY) or the backup's passphrase (ESCALE_PASSPHRASE), otherwise typed.
cli-arg-escale-backup-restore-file = Backup file (.escale-backup).
cli-arg-escale-backup-restore-replace = Replace the existing store: it is set aside in the data folder, never deleted.
cli-arg-escale-backup-restore-passphrase = Protect the restored key with a passphrase (ESCALE_NEW_PASSPHRASE, or the backup's) rather than the system keyring.
cli-arg-escale-backup-restore-json = Result as JSON.
cli-prompt-backup-passphrase = The store's passphrase when the backup was made:
cli-backup-progress = Backup
cli-restore-progress = Restore
cli-demo-progress = Demo data
cli-deriving-key = Opening the encrypted store (deriving the key)…
cli-backup-written = Backup written and checked: { $path } ({ $size }).
cli-backup-verified = Backup intact, made on { $made }: { $people ->
    [one] { $people } person
   *[other] { $people } people
}, { $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
}, { $procedures ->
    [one] { $procedures } procedure
   *[other] { $procedures } procedures
}.
cli-backup-structure-verified = Backup made on { $made }: structure and checksum intact. Its contents were not checked (that needs the recovery key or the passphrase).
cli-backup-restored = Backup of { $made } restored: { $people ->
    [one] { $people } person
   *[other] { $people } people
}, { $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
}, { $procedures ->
    [one] { $procedures } procedure
   *[other] { $procedures } procedures
}.
cli-backup-set-aside = The previous data is intact, set aside in { $path }.
cli-backup-secret-needed = The recovery key (ESCALE_RECOVERY_KEY) or the backup's passphrase (ESCALE_PASSPHRASE) is needed. Nothing was changed.

cli-about-escale-demo = Adds realistic demo data.
cli-arg-escale-demo-people = Number of people to create.
cli-arg-escale-demo-json = Output as JSON.

cli-about-escale-beneficiary = People supported: add, list, search, show.
cli-about-escale-beneficiary-add = Adds a person.
cli-arg-escale-beneficiary-add-first_name = First name.
cli-arg-escale-beneficiary-add-last_name = Last name.
cli-arg-escale-beneficiary-add-latin_first_name = First name in Latin letters, as on French documents, when the first name is written in another script.
cli-arg-escale-beneficiary-add-latin_last_name = Last name in Latin letters, as on French documents, when the last name is written in another script.
cli-arg-escale-beneficiary-add-anonymous = Anonymous person (no name, for statistics).
cli-arg-escale-beneficiary-add-accompanied_before = Already accompanied before (elsewhere or before Escale): none of their accompaniments here is their first.
cli-arg-escale-beneficiary-add-birth_year = Year of birth (the age band is worked out from it).
cli-arg-escale-beneficiary-add-gender = Gender: masculin, feminin or non_communique.
cli-arg-escale-beneficiary-add-social_status = Status: scolarise, sans_emploi, en_emploi, retraite or non_communique.
cli-arg-escale-beneficiary-add-insee = INSEE code of the municipality.
cli-arg-escale-beneficiary-add-postal_code = Postcode (worked out from the INSEE code if missing).
cli-arg-escale-beneficiary-add-commune = Name of the municipality (worked out from the INSEE code if missing).
cli-arg-escale-beneficiary-add-phone = Phone.
cli-arg-escale-beneficiary-add-email = Email address.
cli-arg-escale-beneficiary-add-languages = Language spoken (2- or 3-letter code; option can be repeated).
cli-arg-escale-beneficiary-add-document_language = Language of the documents handed out (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Notes.
cli-arg-escale-beneficiary-add-json = Output as JSON.
cli-about-escale-beneficiary-list = Lists people in alphabetical order.
cli-arg-escale-beneficiary-list-limit = Maximum number of lines.
cli-arg-escale-beneficiary-list-json = Output as JSON.
cli-about-escale-beneficiary-search = Searches by any part of the name, ignoring accents and capital letters.
cli-arg-escale-beneficiary-search-query = Start of the first name and/or last name.
cli-arg-escale-beneficiary-search-limit = Maximum number of lines.
cli-arg-escale-beneficiary-search-json = Output as JSON.
cli-about-escale-beneficiary-show = Shows a person’s record, support sessions and procedures.
cli-arg-escale-beneficiary-show-id = ID of the person.
cli-arg-escale-beneficiary-show-json = Output as JSON.

cli-about-escale-activity = Support sessions and workshops: record, list.
cli-about-escale-activity-add = Records an individual support session or a group workshop.
cli-arg-escale-activity-add-beneficiaries = ID of a person supported (can be repeated for a workshop).
cli-arg-escale-activity-add-kind = Type: individuel or collectif.
cli-arg-escale-activity-add-date = Date (YYYY-MM-DD; today by default).
cli-arg-escale-activity-add-duration = Duration in minutes.
cli-arg-escale-activity-add-place_type = Channel: lieu_activite, domicile, a_distance or autre.
cli-arg-escale-activity-add-place = ID of the activity venue (for lieu_activite).
cli-arg-escale-activity-add-insee = INSEE code of the municipality (for domicile and autre).
cli-arg-escale-activity-add-postal_code = Postcode.
cli-arg-escale-activity-add-commune = Name of the municipality.
cli-arg-escale-activity-add-themes = Theme (national code; can be repeated).
cli-arg-escale-activity-add-equipment = Equipment used (can be repeated).
cli-arg-escale-activity-add-autonomy = Autonomy: entierement_accompagne, partiellement_autonome or autonome.
cli-arg-escale-activity-add-orientation = Organisation the person is referred to.
cli-arg-escale-activity-add-procedure_name = Name of the administrative procedure.
cli-arg-escale-activity-add-workshop_title = Title of the workshop.
cli-arg-escale-activity-add-workshop_level = Level of the workshop: debutant, intermediaire or avance.
cli-arg-escale-activity-add-anonymous_total = Number of anonymous participants (workshop).
cli-arg-escale-activity-add-notes = Notes.
cli-arg-escale-activity-add-next_steps = Next steps.
cli-arg-escale-activity-add-json = Output as JSON.
cli-about-escale-activity-defaults = What a new record offers first: the place of the day, the themes and durations used most lately.
cli-arg-escale-activity-defaults-kind = Kind: individuel or collectif.
cli-arg-escale-activity-defaults-json = Output as JSON.
cli-defaults-place = Place offered: { $place }
cli-defaults-place-of-day = { $place } (on { $date })
cli-defaults-themes = Themes, most used first: { $themes }
cli-defaults-durations = Durations, most used first: { $durations }
cli-about-escale-activity-list = Lists activities, most recent first.
cli-arg-escale-activity-list-from = From this date (YYYY-MM-DD).
cli-arg-escale-activity-list-to = Up to this date (YYYY-MM-DD).
cli-arg-escale-activity-list-beneficiary = Only those of this person.
cli-arg-escale-activity-list-limit = Maximum number of lines.
cli-arg-escale-activity-list-json = Output as JSON.

cli-about-escale-procedure = Administrative procedures being followed: start, change the status, tick documents, reopen, list.
cli-about-escale-procedure-start = Starts following a procedure of the catalogue, with its list of documents.
cli-arg-escale-procedure-start-beneficiary = ID of the person.
cli-arg-escale-procedure-start-kind = Procedure from the catalogue (for example caf_rsa, anef_renouvellement_titre_sejour; see escale catalogue list).
cli-arg-escale-procedure-start-status = Starting status (acceptee to follow the renewal of a right already granted).
cli-arg-escale-procedure-start-on = Day of the starting status (YYYY-MM-DD), today by default.
cli-arg-escale-procedure-start-reference = Case number.
cli-arg-escale-procedure-start-deadline = Deadline (YYYY-MM-DD).
cli-arg-escale-procedure-start-call_back = Day to call the person back (YYYY-MM-DD).
cli-arg-escale-procedure-start-notes = Notes.
cli-arg-escale-procedure-start-json = Output as JSON.
cli-about-escale-procedure-status = Changes the status of a procedure, when the table of transitions allows it (the previous one stays in the history).
cli-arg-escale-procedure-status-id = ID of the procedure.
cli-arg-escale-procedure-status-status = New status: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee or abandonnee.
cli-arg-escale-procedure-status-note = Note about this change.
cli-arg-escale-procedure-status-on = Day of the change (YYYY-MM-DD), today by default.
cli-arg-escale-procedure-status-json = Output as JSON.
cli-about-escale-procedure-reopen = Reopens a closed procedure (accepted, refused or abandoned), with a note saying why.
cli-arg-escale-procedure-reopen-id = ID of the procedure.
cli-arg-escale-procedure-reopen-note = Why the procedure is reopened (required).
cli-arg-escale-procedure-reopen-status = Status after reopening.
cli-arg-escale-procedure-reopen-on = Day of the reopening (YYYY-MM-DD), today by default.
cli-arg-escale-procedure-reopen-json = Output as JSON.
cli-about-escale-procedure-check = Ticks a document of the procedure: brought, missing or not needed.
cli-arg-escale-procedure-check-id = ID of the procedure.
cli-arg-escale-procedure-check-document = Document from the catalogue (for example rib, avis_imposition).
cli-arg-escale-procedure-check-state = State of the document: brought, missing or not_needed.
cli-arg-escale-procedure-check-json = Output as JSON.
cli-about-escale-procedure-recurrence-done = Records that the declaration or renewal due was done; the next one is computed.
cli-arg-escale-procedure-recurrence-done-id = ID of the procedure.
cli-arg-escale-procedure-recurrence-done-on = Day it was done (YYYY-MM-DD), today by default.
cli-arg-escale-procedure-recurrence-done-json = Output as JSON.
cli-about-escale-procedure-edit = Changes the case number, the dates or the notes of a procedure.
cli-arg-escale-procedure-edit-id = ID of the procedure.
cli-arg-escale-procedure-edit-reference = Case number.
cli-arg-escale-procedure-edit-deadline = Deadline (YYYY-MM-DD).
cli-arg-escale-procedure-edit-renewal = Date of the next renewal or declaration (YYYY-MM-DD).
cli-arg-escale-procedure-edit-call_back = Day to call the person back (YYYY-MM-DD).
cli-arg-escale-procedure-edit-clear = Date to clear (can be repeated): deadline, renewal or call-back.
cli-arg-escale-procedure-edit-notes = Notes.
cli-arg-escale-procedure-edit-json = Output as JSON.
cli-about-escale-procedure-link = Links one of the person’s support sessions to the procedure.
cli-arg-escale-procedure-link-id = ID of the procedure.
cli-arg-escale-procedure-link-activity = ID of the support session.
cli-arg-escale-procedure-link-unlink = Removes the link instead of making it.
cli-arg-escale-procedure-link-json = Output as JSON.
cli-about-escale-procedure-show = Shows a procedure: status, dates, documents, history, linked support sessions.
cli-arg-escale-procedure-show-id = ID of the procedure.
cli-arg-escale-procedure-show-json = Output as JSON.
cli-about-escale-procedure-list = Lists procedures, nearest deadline first.
cli-arg-escale-procedure-list-beneficiary = Only those of this person.
cli-arg-escale-procedure-list-json = Output as JSON.
cli-about-escale-catalogue = The catalogue of procedures: list, add the organisation’s own, hide those never used.
cli-about-escale-catalogue-list = Lists the procedures offered.
cli-arg-escale-catalogue-list-all = Hidden and retired procedures too.
cli-arg-escale-catalogue-list-json = Output as JSON.
cli-about-escale-catalogue-add = Adds a procedure of the organisation’s own.
cli-arg-escale-catalogue-add-label = Name of the procedure.
cli-arg-escale-catalogue-add-theme = Administrative theme (for example social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Organisation that handles the procedure, from the catalogue’s list (for example caf, mairie).
cli-arg-escale-catalogue-add-documents = Document asked for, from the catalogue (can be repeated).
cli-arg-escale-catalogue-add-delay = Usual time to get an answer, in days.
cli-arg-escale-catalogue-add-json = Output as JSON.
cli-about-escale-catalogue-hide = Hides a procedure of the catalogue (procedures already started stay).
cli-arg-escale-catalogue-hide-id = ID of the catalogue procedure.
cli-arg-escale-catalogue-hide-json = Output as JSON.
cli-about-escale-catalogue-show = Offers a hidden procedure again.
cli-arg-escale-catalogue-show-id = ID of the catalogue procedure.
cli-arg-escale-catalogue-show-json = Output as JSON.
cli-about-escale-follow-up = To follow up: overdue, today and within 7 days (deadlines, renewals, declarations, stuck procedures, call-backs).
cli-arg-escale-follow-up-on = The day to consider (YYYY-MM-DD), today by default.
cli-arg-escale-follow-up-count = Only the number of items.
cli-arg-escale-follow-up-json = Output as JSON.

cli-about-escale-consent = A person’s consents: record, withdraw, list.
cli-about-escale-consent-record = Records a person’s consent.
cli-arg-escale-consent-record-beneficiary = ID of the person.
cli-arg-escale-consent-record-method = How they consented: oral or signed_form.
cli-arg-escale-consent-record-purposes = Purpose agreed to (can be repeated): file_follow_up, administrative_procedures, contact_reminders or partner_referral.
cli-arg-escale-consent-record-date = Date of the consent (YYYY-MM-DD; today by default).
cli-arg-escale-consent-record-json = Output as JSON.
cli-about-escale-consent-withdraw = Records the withdrawal of a consent (the consent stays as proof).
cli-arg-escale-consent-withdraw-id = ID of the consent.
cli-arg-escale-consent-withdraw-date = Date of the withdrawal (YYYY-MM-DD; today by default).
cli-arg-escale-consent-withdraw-json = Output as JSON.
cli-about-escale-consent-list = Lists a person’s consents, most recent first.
cli-arg-escale-consent-list-beneficiary = ID of the person.
cli-arg-escale-consent-list-json = Output as JSON.

cli-about-escale-person = A person’s rights: copy of their data, erasure.
cli-about-escale-person-export = Writes everything Escale holds about a person: a readable document in their language, or JSON.
cli-arg-escale-person-export-id = ID of the person.
cli-arg-escale-person-export-out = File to write (readable by your account only).
cli-arg-escale-person-export-json = Write the file as JSON rather than readable text.
cli-about-escale-person-erase = Erases a person’s identity, contact details and notes for good; their support sessions stay, anonymous, for the statistics.
cli-arg-escale-person-erase-id = ID of the person.
cli-arg-escale-person-erase-yes = Erase without asking for confirmation (for scripts).
cli-arg-escale-person-erase-preview = Only show what would be erased, without changing anything.
cli-arg-escale-person-erase-json = Output as JSON.

cli-about-escale-retention = How long records are kept: show, change, preview, apply.
cli-about-escale-retention-show = Shows the retention period.
cli-arg-escale-retention-show-json = Output as JSON.
cli-about-escale-retention-set = Changes the retention period (1 to 120 months after the last support session).
cli-arg-escale-retention-set-months = Number of months.
cli-arg-escale-retention-set-json = Output as JSON.
cli-about-escale-retention-preview = Lists the records that would be anonymised on a date, and since when they are due.
cli-arg-escale-retention-preview-on = Date (YYYY-MM-DD; today by default).
cli-arg-escale-retention-preview-json = Output as JSON.
cli-about-escale-retention-apply = Anonymises now the records whose retention period is over.
cli-arg-escale-retention-apply-json = Output as JSON.

cli-about-escale-audit = Audit log: who viewed or changed which record, and when.
cli-about-escale-audit-list = Lists the log, most recent first.
cli-arg-escale-audit-list-person = Only what concerns this person’s record.
cli-arg-escale-audit-list-limit = Maximum number of lines.
cli-arg-escale-audit-list-offset = Lines to skip (to read the next page).
cli-arg-escale-audit-list-json = Output as JSON.

cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = New passphrase (at least 10 characters):
cli-prompt-repeat-passphrase = Repeat the passphrase:
cli-passphrases-differ = The two passphrases are different. Nothing was created.
cli-initialised-keyring = Encrypted database created in { $path }. Its key is in the system keyring.
cli-initialised-passphrase = Encrypted database created in { $path }. It is protected by your passphrase: without it, the data is lost.
cli-demo-done = Demo data added: { $people ->
    [one] { $people } person
   *[other] { $people } people
}, { $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
} including { $workshops ->
    [one] { $workshops } workshop
   *[other] { $workshops } workshops
}, { $procedures ->
    [one] { $procedures } procedure
   *[other] { $procedures } procedures
}.
cli-nobody-found = No one matches.
cli-procedure-dates = Case: { $reference } · deadline: { $deadline } · renewal: { $renewal } · call back: { $callBack }
cli-procedure-linked-activity = Linked support session: { $id } ({ $date })
cli-catalogue-hidden = (hidden)
cli-catalogue-retired = (retired)
cli-follow-up-overdue = Overdue ({ $count })
cli-follow-up-today = Today ({ $count })
cli-follow-up-week = Within 7 days ({ $count })
cli-follow-up-nothing = Nothing to follow up for now.
cli-follow-up-count = To follow up: { $overdue } overdue, { $today } today, { $week } within 7 days.
cli-anonymous-person = Anonymous person
cli-beneficiary-details = { $birthYear ->
    [none] Year of birth unknown
   *[other] Born in { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · documents in { $documentLanguage }
cli-output-failed = Could not write the output.
cli-consent-withdrawn-on = withdrawn on { $date }
cli-export-written = The person’s data was written to { $path }. This file is not encrypted: hand it to the person, then delete it.
cli-erase-preview-title = Erasing the record of { $name } ({ $id }):
cli-erase-preview-fields = to be erased: { $fields };
cli-erase-preview-no-fields = no identity or contact field is filled in;
cli-erase-preview-texts = to be emptied: { $accompaniments ->
    [0] no support session notes
    [one] the notes of one support session
   *[other] the notes of { $accompaniments } support sessions
}, { $procedures ->
    [0] no procedure numbers or notes
    [one] the number and notes of one procedure
   *[other] the numbers and notes of { $procedures } procedures
}, { $statusNotes ->
    [0] no status change notes
    [one] one status change note
   *[other] { $statusNotes } status change notes
};
cli-erase-preview-kept = kept, without a name, for the statistics: { $accompaniments ->
    [0] no support sessions
    [one] one support session
   *[other] { $accompaniments } support sessions
}, { $procedures ->
    [0] no procedures
    [one] one procedure (type, status, deadline)
   *[other] { $procedures } procedures (type, status, deadline)
}, { $consents ->
    [0] no consents
    [one] one consent
   *[other] { $consents } consents
}, and the year of birth, gender, status and municipality.
cli-erase-confirm = This erasure cannot be undone. Type “{ $word }” to confirm:
cli-erase-confirm-word = erase
cli-erase-cancelled = Nothing was erased.
cli-erase-needs-confirmation = Erasure cannot be undone and nothing was erased: run the command in a terminal to see what will go and confirm, or add --yes.
cli-erase-done = The identity, contact details and notes of record { $id } were erased.
cli-erase-log-busy = Another program is reading the database: old copies stay in its write-ahead log until the last program closes it.
cli-retention-months = Retention period: { $months } months after the last support session.
cli-retention-nobody-due = No record to anonymise on that date.
cli-retention-applied = { $anonymised ->
    [0] No record anonymised
    [one] One record anonymised
   *[other] { $anonymised } records anonymised
} (retention: { $months } months); { $pruned ->
    [0] no old log line deleted
    [one] one old log line deleted
   *[other] { $pruned } old log lines deleted
}.
cli-audit-empty = The log is empty.
cli-audit-more = More lines follow: --offset { $offset }.

## Several mediators on one laptop
cli-arg-escale-mediator = The mediator whose data is opened, when several keep data on this laptop (see "escale mediator list").
cli-about-escale-mediator = The mediators who keep their data on this laptop, each in their own store, under their own passphrase.
cli-about-escale-mediator-list = Lists the mediators of this laptop.
cli-arg-escale-mediator-list-json = Output as JSON.
cli-about-escale-mediator-add = Adds a mediator: a new store, protected by their passphrase (typed, or the ESCALE_NEW_PASSPHRASE variable).
cli-arg-escale-mediator-add-name = The name shown in the list of mediators.
cli-arg-escale-mediator-add-json = Output as JSON.
cli-about-escale-mediator-rename = Changes a mediator's name in the list.
cli-arg-escale-mediator-rename-id = The mediator's id (see "escale mediator list").
cli-arg-escale-mediator-rename-name = The new name.
cli-arg-escale-mediator-rename-json = Output as JSON.
cli-mediator-none = No mediator keeps data on this laptop yet.
cli-mediator-unnamed = (no name)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] system keyring
        [passphrase] passphrase
       *[other] unknown protection: use the recovery key
    }
cli-mediator-added = Mediator added. Open their data with "--mediator { $id }".
cli-mediator-choose = Several mediators keep their data on this laptop. Choose yours with "--mediator ID" (the list: "escale mediator list").
