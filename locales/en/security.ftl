# Lock, PIN and security settings.

lock-now = Lock
shortcut-lock = Ctrl+L
lock-title = Escale is locked
lock-pin = PIN
lock-no-pin = No PIN has been chosen: this lock only hides the screen. Choose a PIN in "Security".
lock-wrong-pin = { $attemptsLeft ->
    [one] That is not the right PIN. 1 try left.
   *[other] That is not the right PIN. { $attemptsLeft } tries left.
}
lock-locked-out-passphrase = Too many tries. Now type the passphrase.
lock-locked-out-recovery = Too many tries. Now type the recovery key.
security-title = Security
security-lock-title = Lock
security-pin-is-set = A PIN is set. It unlocks Escale when you come back.
security-pin-not-set = No PIN has been chosen. Choose one: it will be asked when Escale locks.
security-new-pin = New PIN (4 to 12 digits)
security-new-pin-repeat = New PIN, a second time
security-save-pin = Save the PIN
security-pin-saved = PIN saved.
security-idle = Lock after
security-idle-minutes = { $minutes ->
    [one] 1 minute without activity
   *[other] { $minutes } minutes without activity
}
security-idle-saved = { $minutes ->
    [one] Escale will lock after { $minutes } minute without activity.
   *[other] Escale will lock after { $minutes } minutes without activity.
}
security-sheet-explanation = The recovery sheet opens the data again if the computer, the keyring or the passphrase is lost. Print it again if you have mislaid it.
security-show-sheet = Show the recovery sheet
security-hide-sheet = Hide the sheet
security-key-title = Key protection
security-key-is-keyring = The key is in your session's keyring. On a shared computer, protect it with a passphrase instead.
security-key-is-passphrase = The key is protected by a passphrase.
security-current-passphrase = Current passphrase
security-change-passphrase = Change the passphrase
security-move-to-passphrase = Protect with this passphrase
security-move-to-keyring = Use the keyring instead
security-passphrase-saved = The new passphrase now protects the key.
security-moved-to-keyring = The key is now in the session's keyring.
security-no-reencryption = The data is not re-encrypted and the recovery sheet stays valid.
error-ui-pins-differ = The two PINs are different.
setup-pin = PIN to unlock Escale (4 to 12 digits)
setup-pin-help = Escale locks itself when you step away; this PIN opens it again.

backup-title = Backup
backup-never = No backup has been made on this computer yet.
backup-too-old = { $days ->
    [one] The last backup was made yesterday.
   *[other] The last backup was made { $days } days ago.
}
backup-explanation = Plug in a USB key and back up at least once a week. The backup is encrypted like your data: it opens again with the recovery key.
backup-folder = Where to back up
backup-now = Back up now
backup-working = Backing up… then checking the file.
backup-done = Backup made and checked ({ $megabytes } MB):
work-cancel = Cancel
work-cancelling = Cancelling…

## Restoring a backup at first start
setup-restore-offer = Did you already use Escale on another computer?
setup-restore = Restore a backup
restore-title = Restore a backup
restore-intro = Plug in the USB key that holds the backup. Escale checks the whole file before using it; nothing is installed until everything is checked.
restore-file = Backup file
restore-file-help = Type the file's path (it ends with .escale-backup).
restore-file-found = { $count ->
        [one] One backup was found on the USB key or in your documents; you can also type another path.
       *[other] { $count } backups were found; the newest is offered. You can choose another one.
    }
restore-inspect = Check this file
restore-inspecting = Checking the file…
restore-summary = Backup intact, made on { $made }:
restore-use-recovery-key = I forgot the passphrase: I use the recovery sheet
restore-passphrase-of-the-time = Passphrase at the time of the backup
restore-passphrase-help = The one you typed to open Escale on the day of the backup.
restore-new-passphrase-needed = Choose a passphrase to protect the data on this computer
restore-new-passphrase-optional = New passphrase (optional: otherwise the backup's passphrase is kept)
restore-new-passphrase-optional-keyring = New passphrase (optional: otherwise the key is kept in the session keyring)
restore-other-file = Choose another file
restore-submit = Restore my data
restore-working = Reading and checking the backup…
error-ui-backup-file-required = Enter the backup file.
error-ui-restore-cancelled = Restore cancelled. Nothing was installed on this computer.
