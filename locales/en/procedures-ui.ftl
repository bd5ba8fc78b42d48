# Procedure screens of the window (ui/src/features/procedures and follow-up): a person's file,
# starting a procedure, a procedure's screen, the "to follow up" list and the structure's
# catalogue. Short sentences, everyday words.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] Open procedures
   *[other] Open procedures ({ $count })
}
procedures-start = Start a procedure
procedures-none-open = No open procedure.
procedures-closed-title = { $count ->
    [one] { $count } finished procedure
   *[other] { $count } finished procedures
}
procedures-deadline = Deadline: { $date }
procedures-next-renewal = Renewal: { $date }
procedures-next-declaration = Next declaration: { $date }
procedures-call-back = Call back on { $date }
procedures-documents-missing = { $count ->
    [0] All documents are here
    [one] { $count } document missing
   *[other] { $count } documents missing
}

## What is known of a catalogue procedure

procedure-for = For:
procedure-own-entry = The structure's own
procedure-facts-organisation = Organisation
procedure-facts-theme = Theme
procedure-facts-delay = Usual delay
procedure-facts-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
procedure-facts-every = { $months ->
    [one] Every month
   *[other] Every { $months } months
}
procedure-facts-documents = Documents asked for
procedure-facts-no-document = No document on the list.

## Starting a procedure

procedure-start-title = Start a procedure
procedure-start-search = Which procedure?
procedure-start-search-help = Type a few letters of its name or organisation. Arrows ↑ ↓ to choose, Enter to confirm.
procedure-start-results = { $count ->
    [0] No procedure
    [one] { $count } procedure
   *[other] { $count } procedures
}
procedure-start-no-match = No procedure matches “{ $query }”.
procedure-start-manage-catalogue = Not on the list? Add it to the catalogue.
procedure-start-nothing-chosen = Choose a procedure from the list.
procedure-start-status = Where does it stand?
procedure-start-status-a_faire = To do
procedure-start-status-deposee = Already submitted
procedure-start-status-acceptee = Already accepted: follow the renewals
procedure-started-on = Since
procedure-start-confirm = Start following it

## A procedure's screen

procedure-screen-since = since { $date }
procedure-change-status = Change the status
procedure-next-status = New status
procedure-screen-status-on = Date
procedure-screen-status-note = Note (optional)
procedure-screen-status-save = Save the status
procedure-reopen-title = Reopen the procedure
procedure-reopen-open = Reopen the procedure…
procedure-closed-title = Finished procedure
procedure-reopen-explanation = This procedure is finished. To take it up again (an appeal, a new request, a decision withdrawn), reopen it and say why.
procedure-reopen-status = Take it up again as
procedure-reopen-note = Why reopen it? (required)
procedure-reopen-save = Reopen the procedure
procedure-history = History
procedure-step-reopened = Reopened: { $status }

procedure-screen-documents-count = Documents brought: { $brought } of { $total }
procedure-screen-brought-on = Brought on { $date }
procedure-screen-not-needed = Not needed
procedure-screen-not-needed-label = { $document }: not needed, take it off the list
procedure-screen-add-document = Add a document to the list
procedure-screen-choose-document = Choose a document…
procedure-screen-add-document-button = Add

procedure-next-renewal-on = Renewal due on { $date }
procedure-next-declaration-on = Declaration due on { $date }
procedure-renewal-done = Renewal done
procedure-declaration-done = Declaration made
procedure-recurrence-done-help = Records that it was done today. The next date is computed for you.

procedure-details = Reference, dates and notes
procedure-reference-label = File or request number
procedure-deadline-label = Deadline
procedure-renewal-label = Renewal date
procedure-declaration-label = Next declaration date
procedure-call-back-label = Call the person back on
procedure-notes-label = Notes
procedure-details-save = Save
procedure-details-unsaved = Changes not saved yet

procedure-activities = { $count ->
    [0] Linked accompaniments
   *[other] Linked accompaniments ({ $count })
}
procedure-no-activity = No accompaniment linked to this procedure.
procedure-activity-line = { $date }: { $themes }
procedure-link = Link an accompaniment of this person
procedure-link-choose = Choose an accompaniment…
procedure-link-button = Link
procedure-unlink = Unlink
procedure-unlink-label = Unlink the accompaniment of { $date }

## Confirmations

procedure-toast-started = Procedure started.
procedure-toast-status = Status saved: { $status }.
procedure-toast-reopened = Procedure reopened: { $status }.
procedure-toast-document-brought = Document brought: { $document }.
procedure-toast-document-missing = Document missing: { $document }.
procedure-toast-document-not_needed = Document taken off the list: { $document }.
procedure-toast-document-added = Document added to the list: { $document }.
procedure-toast-saved = Saved.
procedure-toast-recurrence-done = Noted.
procedure-toast-recurrence-done-next = Noted. Next time: { $date }.
procedure-toast-linked = Accompaniment linked.
procedure-toast-unlinked = Accompaniment unlinked.

## To follow up

follow-up-title = To follow up
follow-up-subtitle = Today, { $date }, and the next 7 days
follow-up-help = Enter or click: open the procedure. Arrows ↑ ↓ to move from line to line.
follow-up-empty = Nothing to follow up this week.
follow-up-overdue = Overdue ({ $count })
follow-up-today = Today ({ $count })
follow-up-week = This week ({ $count })
follow-up-more = Show more ({ $count } more)
follow-up-why-deadline = Deadline on { $date }
follow-up-why-renewal = Renewal on { $date }
follow-up-why-renewal-prepare = Renewal on { $date }, to prepare from { $start }
follow-up-why-declaration = Declaration on { $date }
follow-up-why-declaration-prepare = Declaration on { $date }, to prepare from { $start }
follow-up-why-stuck = { $status } since { $date }: a long wait
follow-up-why-call-back = Call back on { $date }
follow-up-open-file = File
follow-up-open-title = Open the “To follow up” list (Ctrl+U)
follow-up-count = To follow up this week: { $count }
follow-up-count-overdue = { $count } overdue
follow-up-count-none = Nothing to follow up this week

## The structure's catalogue of procedures

catalogue-title = Catalogue of procedures
catalogue-intro = Untick the procedures your structure never does: they are no longer offered. Procedures already started do not change.
catalogue-filter = Search the catalogue
catalogue-hidden-count = { $count ->
    [one] { $count } procedure hidden
   *[other] { $count } procedures hidden
}
catalogue-no-match = No procedure matches “{ $query }”.
catalogue-state-offered = Offered
catalogue-state-hidden = Hidden
catalogue-add-open = Add a procedure of the structure's own
catalogue-add-title = New procedure of the structure's own
catalogue-new-label = Name of the procedure
catalogue-new-label-help = As your colleagues look for it. It is not translated.
catalogue-choose-theme = Choose a theme…
catalogue-no-organisation = Not given
catalogue-new-delay = Usual delay (days)
catalogue-new-documents = { $count ->
    [0] Documents asked for
   *[other] Documents asked for ({ $count } chosen)
}
catalogue-document-search = Search for a document…
catalogue-add-save = Add to the catalogue
catalogue-toast-added = Procedure added to the catalogue: { $procedure }.
catalogue-toast-hidden = Procedure hidden: { $procedure }.
catalogue-toast-offered = Procedure offered again: { $procedure }.

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = Choose the new status.
error-ui-procedure-theme-required = Choose an administrative theme.
