# The desktop app's interface (ui/). Same message ids as locales/fr/ui.ftl, the reference.

app-name = Escale
loading = Loading…
saving = Saving…
retry = Try again
cancel = Cancel
yes = Yes
no = No
skip-to-content = Skip to content

## Header and navigation

nav-label = Main navigation
nav-home-title = Back to the list of people (Ctrl+K)
nav-back = Back
language-select-label = Language
# A language in a picker: its own name, then its name in English.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = Welcome to Escale
setup-intro = Escale keeps track of your accompaniments, even without an internet connection.
setup-point-encrypted = The data stays on this computer, encrypted: without the key nobody can read it, even if the computer is lost or stolen.
setup-point-offline = Everything works offline, in the bus as in the office.
setup-point-nothing-sent = Nothing is sent over the internet.
setup-keyring-explanation = The encryption key will be kept in your session’s secure keyring: there is nothing to remember.
setup-passphrase-legend = Choose a passphrase
setup-passphrase-explanation = This computer has no secure keyring: a passphrase will protect your data. Escale will ask for it each time it opens. At least { $min } characters; a short sentence that is easy to remember works well.
setup-passphrase-warning = If you forget this passphrase, only the recovery key (you will print it right after) can open the data again.
setup-passphrase = Passphrase
setup-passphrase-repeat = Passphrase, once more
setup-shared-laptop = This computer is shared with other people
setup-shared-laptop-help = The data will then be protected by a passphrase, asked at every start, rather than by the session's keyring.
setup-passphrase-shared-explanation = A passphrase will protect your data. It will be asked every time Escale opens. At least { $min } characters; a short sentence that is easy to remember is fine.
setup-demo = Load demo data
setup-demo-help = Fictitious people and accompaniments, to discover Escale or train a colleague. Leave unchecked for real use.
setup-create = Create my encrypted store
setup-working = Creating the encrypted store…
setup-working-demo = Creating the encrypted store and the demo data… This takes a few seconds.
setup-demo-skip = Start without demo data
setup-data-dir = Data folder:

## Unlocking

unlock-title = Escale is locked
unlock-intro = Type the passphrase to open the data on this computer.
unlock-keyring-intro = Escale could not open the data with the session's keyring.
unlock-retry = Try again
unlock-use-recovery = I have my recovery sheet
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-working = Opening…
passphrase-deriving-key = Working out the key from the passphrase… This takes a few seconds.

## List of people

list-title = People accompanied
list-new-beneficiary = New person
list-search-label = Find a person
list-search-placeholder = First or last name…
list-search-help = Type the beginning of the first or last name. Arrows ↑ ↓ to choose, Enter to open the file.
list-results-label = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
list-empty = Nobody recorded yet. Start with “New person”.
list-no-match = Nobody matches “{ $query }”. Check the spelling or create a new file.
list-last-activity = Last visit: { $date }
list-never-accompanied = No accompaniment yet
list-activity-count = { $count ->
    [one] { $count } accompaniment
   *[other] { $count } accompaniments
}
list-limit = Only the first { $limit } people are shown: narrow the search.
person-anonymous = Anonymous person

## A person’s file: form

beneficiary-form-new-title = New person
beneficiary-form-edit-title = Edit the file
beneficiary-anonymous = Record without a name (anonymous person)
beneficiary-anonymous-help = For statistics only: the name, phone and e-mail are not kept.
beneficiary-first-name = First name
beneficiary-last-name = Last name
beneficiary-latin-first-name = First name in Latin letters
beneficiary-latin-last-name = Last name in Latin letters
beneficiary-latin-name-help = As on French documents, when the name is written in another script (Arabic, Cyrillic…). The person is found by either.
beneficiary-birth-year = Year of birth
beneficiary-birth-year-help = The age band is worked out from it.
beneficiary-gender = Gender
beneficiary-social-status = Situation
beneficiary-commune = Town of residence
beneficiary-phone = Phone
beneficiary-email = E-mail
beneficiary-languages = Languages spoken
beneficiary-languages-help = Tick the most used language first.
beneficiary-document-language = Language of documents handed out
beneficiary-document-language-help = The language of printed summaries, beside French.
beneficiary-notes = Notes
beneficiary-notes-help = Only what helps to accompany the person. No unnecessary health information.
beneficiary-save = Save the file

commune-placeholder = Town name or postal code…
commune-help = Type at least 2 letters or digits, then choose from the list.
commune-clear = Clear the town
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person’s file: reading

file-record-activity = Record an accompaniment
file-edit = Edit the file
file-born = Born in { $year }
file-identity = Identity
file-latin-name = In Latin letters:
file-not-given = Not given
file-activities = Accompaniments ({ $count })
file-no-activity = No accompaniment recorded for this person.
procedure-reference = Reference:
procedure-deadline = Deadline: { $date }

## Recording an accompaniment

activity-form-title = New individual accompaniment
activity-form-for = For:
activity-section-when = When and for how long
activity-section-where = Where
activity-section-what = What was done
activity-section-how = How it went
activity-section-notes = Notes and what comes next
activity-date = Date
activity-duration = Duration
activity-duration-custom = Other duration
activity-minutes-unit = minutes
activity-place-type = Place of the accompaniment
activity-place = Place of activity
activity-place-choose = Choose a place…
activity-place-option = { $name } ({ $commune })
activity-no-place = No place of activity has been recorded yet.
activity-place-add = + Add an activity venue
activity-place-new-name = Name of the venue (for example “Felletin stop” or “Post office”)
activity-place-new-commune = Municipality of the venue
activity-place-create = Add this venue
activity-place-cancel = Cancel
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Town
activity-themes = Themes
activity-administrative-themes = Administrative procedures: areas
activity-procedure-name = Name of the procedure
activity-procedure-name-placeholder = For example: renewing a residence permit
activity-equipment = Equipment used
activity-autonomy = The person’s autonomy
activity-oriented = Referred to another organisation?
activity-orientation = Referral
activity-orientation-choose = Choose the organisation…
activity-notes = Notes
activity-next-steps = Next steps
activity-next-steps-help = What the person needs to do or bring next time.
activity-save = Save the accompaniment

## Leaving without saving

leave-title = Leave without saving?
leave-text = You have started filling in this form. If you leave now, what you typed will be lost.
leave-stay = Stay on the form
leave-discard = Leave without saving

## Confirmations

toast-activity-saved = Accompaniment saved.
toast-beneficiary-created = File created.
toast-beneficiary-saved = File saved.

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = The two passphrases are not the same.
error-ui-commune-not-chosen = Choose the town from the suggested list, otherwise it will not be recorded.
error-ui-duration-required = Choose a duration.
error-ui-orientation-required = Choose the organisation the person was referred to.
