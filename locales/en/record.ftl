# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = New accompaniment
record-new-workshop = New workshop
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = Record an accompaniment from any screen (Ctrl+Shift+N)
record-keys-help = Tab: next section · arrows: choose · Space: tick · Ctrl+Enter: save

record-person = Person accompanied
record-person-placeholder = A few letters of the name…
record-person-help = Enter picks the highlighted person; the arrows change the choice.
record-person-create = Create the person “{ $name }”
record-person-anonymous = Anonymous person (no name)
record-person-born = born { $year }
record-person-last-seen = seen { $date }
record-person-change = Change person
record-person-new = New person
record-person-search-again = Search for a known person instead
record-person-accompanied-before = Already accompanied before (elsewhere or before Escale)

date-letter-day = d
date-letter-month = m
date-letter-year = y

record-more-themes = { $count ->
    [one] + 1 more theme
   *[other] + { $count } more themes
}
record-place = Place
record-place-from-day = Yours on { $date }, the latest.
record-orientation-none = Not referred

record-workshop-title = New group workshop
record-workshop-name = Workshop title
record-workshop-level = Level
record-workshop-save = Save the workshop
record-participants = Tracked participants (known people)
record-participants-chosen = Chosen participants
record-participant-remove = Remove { $name } from the workshop
record-participant-remove-short = Remove

record-anonymous-title = Anonymous participants
record-anonymous-total = Total number
record-anonymous-already = Of whom already accompanied
record-anonymous-gender = Gender
record-anonymous-age-band = Age band
record-anonymous-social-status = Status
record-anonymous-sum = { $sum } of { $total }

toast-workshop-saved = Workshop saved.

error-ui-person-required = Choose the person accompanied, create them, or choose “Anonymous person”.
error-ui-count-invalid = Type a whole number (digits only).

record-edit-title = Correct the accompaniment
record-workshop-edit-title = Correct the workshop
record-save-correction = Save the correction
toast-activity-corrected = Correction saved.
