# The screen turned toward the person: their next steps in their language, and reading aloud.
# Write plainly: short sentences, common words.

## On the person's file (the mediator's language)
person-view-open = Turn the screen toward the person
person-view-open-title = Show the person, in their language, only what concerns them ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = To turn the screen toward the person, first choose a PIN: it will be asked to come back to your screens.
person-view-pin-save = Choose this PIN and turn the screen
person-view-pin-cancel = Cancel

## The person's screen (in their language)
person-view-title = Your next steps
person-view-title-named = { $name }, here are your next steps
person-view-next-steps = What to do
person-view-next-steps-none = Nothing to do for now.
person-view-written-on = Written on { $date }
person-view-procedures = Your procedures under way
person-view-procedures-none = No procedure under way.
person-view-status = Where it stands: { $status }
person-view-reference = File number: { $reference }
person-view-deadline = To do before { $date }
person-view-documents-missing = { $count ->
    [one] One document is missing:
   *[other] { $count } documents are missing:
}
person-view-documents-complete = All the documents are here.
person-view-dates = Your next dates
person-view-dates-none = No date planned for now.
person-view-date-deadline = last day for “{ $procedure }”
person-view-date-renewal = renew “{ $procedure }”
person-view-date-declaration = make the declaration “{ $procedure }”
person-view-date-call_back = your mediator calls you about “{ $procedure }”
person-view-read-aloud = Listen
person-view-stop-reading = Stop reading
person-view-no-voice = No voice in { $language } on this computer

## Giving the screen back to the mediator (the mediator's language)
person-view-back = Give the screen back to the mediator
person-view-back-explained = For the mediator only: your code is asked to come back.
person-view-back-submit = Back to my screens
person-view-back-cancel = Cancel

## Command line
cli-about-escale-person-view = Shows what the screen turned toward the person shows them, in their language: their next steps, their procedures under way with the missing documents, their next dates.
cli-arg-escale-person-view-id = The person's identifier.
cli-arg-escale-person-view-json = Output as JSON.

## Errors of reading aloud
error-reading-unavailable = The reading-aloud engine (espeak-ng) is not installed on this computer.
error-reading-no-voice = No voice for this language on this computer.
error-reading-failed = Reading aloud did not work (no sound output?).
