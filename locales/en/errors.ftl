# Error messages: error-<code>, where <code> is the error’s stable code (crates/escale-core/src/error.rs).
# Written for the person using Escale: what is wrong, and what to do.

error-not-found = { $entity ->
        [mediator] No mediator of this laptop has this id (see the list of mediators).
        [place] This activity venue does not exist or has been archived.
        [partner] This partner does not exist or has been archived.
       *[other] This record does not exist or has been deleted.
    }
error-wrong-key = The key or passphrase does not match this database. Nothing was changed.
error-not-initialised = There is no Escale database in { $path }. Create it first (“escale init”).
error-already-initialised = An Escale database already exists in { $path }. Nothing was changed.
error-passphrase-required = A passphrase is needed to open this database.
error-passphrase-too-short = The passphrase must be at least { $min } characters long.
error-keyring-unavailable = The system keyring is not responding. Use a passphrase instead.
error-key-missing-from-keyring = The system keyring does not hold the key for this database (a different user account or a different computer?). Use the recovery sheet.
error-store-locked = The database is locked. Unlock it to continue.
error-schema-too-new = This database was created by a newer version of Escale. Update Escale.
error-database-busy = The database is being used by another program. Try again in a moment.
error-disk-full = The disk is full: the last entry was not saved, earlier ones are intact. Free some space (recycle bin, downloads), then try again.
error-database-corrupt = The database file is damaged (a disk error or an interrupted copy). Escale wrote nothing to it. Restore a backup, and keep this file for a technician.
error-read-only = Escale cannot write to its data folder (a write-protected USB stick, a read-only disk or missing permissions). Nothing was saved. Check the folder or ask for help.
error-file-error = Could not read or write the file { $path }. Check the free disk space and the file permissions.
error-storage-error = Database error. Nothing was saved.
error-key-settings-damaged = The key settings file is damaged, and so is its copy. Your data is intact: open it with the recovery key.
error-key-settings-missing = The key settings of this database are gone. Your data is intact: open it with the recovery key printed on the recovery sheet.
error-key-settings-too-new = The key settings were written by a newer version of Escale (format { $format }). Update Escale. Nothing was changed.
error-wrong-passphrase = That is not the right passphrase. Nothing was changed.
error-recovery-key-mistyped = The recovery key has a typing mistake. Check each group of 4 characters.
error-no-randomness = The system gave no random numbers to create a key. Restart the computer and try again.
error-pin-not-set = No PIN has been chosen. Choose one in the security settings.
error-pin-settings-damaged = The stored PIN cannot be read. Unlock with the passphrase or the recovery key, then choose a new PIN.
error-already-erased = This person’s identity, contact details and notes have already been erased.

# Backups
error-not-a-backup = This file is not an Escale backup. Choose a file ending in “.escale-backup”. Nothing was changed.
error-backup-truncated = This backup is incomplete: the copy was interrupted or the USB key removed too early. Use another backup. Your current data was not changed.
error-backup-damaged = This backup is damaged or was changed after it was made: Escale refuses to use it. Use another backup. Your current data was not changed.
error-backup-too-new = This backup was made by a newer version of Escale. Update Escale, then try again. Nothing was changed.
error-backup-wrong-secret = This recovery key or passphrase does not open this backup. Check it: it is the one the store had when the backup was made. Nothing was changed.
error-backup-needs-recovery-key = This backup opens with the recovery key (printed on the recovery sheet), not with a passphrase. Nothing was changed.
error-backup-cancelled = Backup cancelled. No backup file was left behind.
error-work-cancelled = Cancelled: nothing was changed.
error-restore-over-existing-data = An Escale store already exists in { $path }. To replace it with the backup, ask for it explicitly: the current store will be set aside in that folder, never deleted. Nothing was changed.
error-restore-interrupted = The restore stopped part-way. Your previous data is intact in the folder { $path }. Do not delete anything, and ask for help.

error-name-required = Enter a last name or a first name.
error-birth-year-out-of-range = The year of birth must be between 1900 and { $max }.
error-insee-code-invalid = The municipality’s INSEE code must be 5 characters long.
error-postal-code-invalid = The postcode must be 5 digits.
error-commune-unknown = No municipality has the INSEE code { $code }. Choose the municipality from the list.
error-postal-code-not-of-commune = The postcode { $postalCode } is not this municipality’s. Choose the municipality from the list.
error-email-invalid = The email address is not valid.
error-phone-invalid = The phone number is not valid.
error-language-invalid = Unknown language code: { $code }.
error-unknown-code = Unknown value “{ $code }” for the field { $field }.
error-too-long = This text is too long ({ $max } characters at most).
error-not-in-latin-letters = Write this name in Latin letters, as on French documents.
error-theme-required = Choose at least one theme.
error-administrative-theme-without-procedure-help = Administrative themes go with “Help with administrative procedures”: tick that theme too.
error-procedure-name-without-procedure-help = A procedure name can only be given with the theme “Help with administrative procedures”.
error-place-required = Choose the activity venue.
error-commune-required = Enter the municipality where the support session took place.
error-duration-out-of-range = The duration must be between 1 minute and 24 hours.
error-date-in-future = The date cannot be in the future.
error-individual-needs-one-beneficiary = Individual support involves exactly one person.
error-workshop-needs-participants = A workshop needs at least one participant with a record, or a number of anonymous participants.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] More participants were already accompanied than the total of anonymous participants.
    [gender] The breakdown by gender adds up to more than the total of anonymous participants.
    [ageBand] The breakdown by age band adds up to more than the total of anonymous participants.
    [socialStatus] The breakdown by status adds up to more than the total of anonymous participants.
   *[other] The breakdowns of anonymous participants add up to more than their total.
}
error-anonymous-total-too-large = A workshop can have at most { $max } anonymous participants.
error-field-not-applicable = This field does not apply to this type of activity.
error-duplicate-participant = This person is listed twice among the participants.
error-status-unchanged = The procedure already has this status.
error-date-invalid = This date is not valid.
error-pin-invalid = The PIN has 4 to 12 digits.
error-idle-minutes-out-of-range = The lock delay is from 1 to { $max } minutes.
error-consent-purpose-required = Choose at least one purpose the person agrees to.
error-withdrawal-before-consent = The withdrawal cannot be dated before the consent.
error-consent-already-withdrawn = This consent has already been withdrawn.
error-retention-out-of-range = The retention period must be between { $min } and { $max } months.
error-mediator-not-chosen = Several mediators keep their data on this laptop. Choose yours.
error-keyring-shared-by-mediators = Several mediators use this laptop: each one protects their data with their own passphrase. The system keyring is no longer enough, because anyone using this computer session can read it.
error-mediator-name-required = Enter the mediator’s name.
error-control-characters = This field holds invisible characters that cannot be saved. Type the text again.
error-status-transition-not-allowed = The procedure cannot go straight from its current status to this one.
error-procedure-closed = This procedure is closed: reopen it, with a note saying why, to change its status.
error-procedure-not-closed = Only a closed procedure (accepted, refused or abandoned) can be reopened.
error-reopen-note-required = Write a note saying why the procedure is reopened.
error-date-before-previous-step = This step cannot be dated before the previous one ({ $date }).
error-no-recurrence-due = This procedure has no declaration or renewal to do.
error-activity-not-of-this-person = This support session is not about the person of the procedure.
error-catalogue-label-required = Give the procedure a name.
error-theme-not-administrative = Choose an administrative theme.
error-delay-out-of-range = The usual delay is between 1 and { $max } days.
error-entity-name-required = { $entity ->
        [structure] Enter the name of the organisation.
        [place] Enter the name of the activity venue.
       *[partner] Enter the name of the partner.
    }
error-siret-invalid = A SIRET number has 14 digits (spaces between the groups are allowed).
error-siret-mistyped = This SIRET number does not exist: a digit was probably copied wrong. Check it on a document of the organisation (INSEE registration notice, payslip, invoice).
error-stored-value-unreadable = A stored value cannot be read back ({ $entity } { $id }): it was damaged or written by a newer version of Escale.

# Saving a file (a printed document) into the folder chosen.
error-save-folder-not-writable = Cannot save into the folder { $path }: it does not exist, it is write-protected (a locked USB key) or it is not yours. Nothing was saved. Choose another folder.
error-save-disk-full = No room left on the disk or USB key of the folder { $path }: the file was not saved, and nothing was left there. Free some space or choose another folder.
error-document-not-rendered = Escale could not make this document (an internal error). Nothing was saved. Try again, or report it.

# Errors that do not come from the core.
error-unexpected = An unexpected error occurred. Nothing was saved.
error-command-failed = The operation stopped unexpectedly. Nothing was saved. Try again.
error-merge-with-itself = A file cannot be merged with itself. Choose another file.
error-value-not-understood = { $fieldId ->
    [gender] Gender not understood: write F, M or N (female, male, not stated).
    [birthYear] Birth year not understood: write a four-digit year (1970) or a date (12/03/1970).
   *[other] Value not understood.
}
