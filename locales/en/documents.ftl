# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on their data. Read by people who read little: short sentences, common
# words, "you". Each document is printed in French and in the person's language, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.

## On every page
documents-page = Page { $page } of { $pages }
documents-for-person = For: { $name }
# The file name offered: never the person's name.
documents-file-summary = appointment-summary-{ $date }.pdf
documents-file-procedure = procedure-follow-up-{ $date }.pdf
documents-file-consent = data-agreement-{ $date }.pdf

## Summary of the appointment
documents-summary-title = Summary of your appointment
documents-summary-with-mediator = With { $mediator }, { $structure }
documents-summary-with-structure = With { $structure }
documents-summary-when-where = On { $date } — { $place }
documents-summary-done = What we did
documents-summary-procedure-typed = Procedure: { $procedure }
documents-summary-procedure-followed = Procedure followed: { $procedure }
documents-summary-workshop = Workshop: { $title }
documents-column-procedure = Procedure
documents-column-status = Where it stands
documents-column-reference = File number
documents-column-deadline = To do before
documents-summary-next-steps = What to do now
documents-summary-typed-by-mediator = Your mediator wrote:
documents-summary-next-steps-none = Nothing more for now.
documents-summary-bring = Documents to bring next time
documents-summary-bring-hint = Tick the box when you have the document.
documents-summary-bring-none = You have no document to bring.
documents-summary-next-date = Next appointment
documents-summary-call-back = Your mediator calls you on { $date }.
documents-summary-no-date = No date yet. Write it here:
documents-summary-write-date = Date: ____________    Time: ________
documents-date-line = { $date }: { $what }
documents-contacts = Useful contacts
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Opening hours: { $hours }

## Follow-up of a procedure
documents-procedure-title = Follow-up of your procedure
documents-procedure-organisation = Handled by: { $organisation }
documents-procedure-since = Since { $date }
documents-procedure-no-reference = No file number yet.
documents-procedure-dates = Dates to remember
documents-procedure-renewal = To renew before { $date }
documents-procedure-declaration = Next declaration on { $date }
documents-procedure-call-back = Your mediator calls you on { $date }.
documents-procedure-no-dates = No date to remember for now.
documents-procedure-documents = The documents
documents-procedure-documents-count = { $missing ->
    [0] All the documents are here.
    [one] One document is still missing.
   *[other] { $missing } documents are still missing.
}
documents-procedure-brought = { $document } (brought on { $date })
documents-procedure-no-documents = No document asked for.
documents-procedure-history = The steps
documents-column-date = Date
documents-column-step = Step
documents-column-note = Note
documents-step-reopened = Reopened: { $status }

## Agreement on personal data
documents-consent-title = Your information and your agreement
# $structure: the structure's name, or "none" while it is not set.
documents-consent-intro = { $structure ->
    [none] We help you with your procedures.
   *[other] { $structure } helps you with your procedures.
} To follow you well, we keep some information about you. It stays on your mediator's computer, protected by a password. It is not on the internet.
documents-consent-what = What we keep
documents-consent-what-identity = Your name, your year of birth, your town, your phone, your e-mail and the languages you speak.
documents-consent-what-visits = Your appointments: the date, the subject, how long it took and what is left to do.
documents-consent-what-procedures = Your procedures: the file number, the dates, the documents brought or missing.
documents-consent-why = Why
documents-consent-tick = Tick what you agree to:
documents-consent-statistics = Without your name, your appointments are counted in the statistics of digital mediation.
documents-consent-how-long = How long
documents-consent-retention = { $months ->
    [one] We keep your information for { $months } month after your last appointment. Then we erase your name and your contact details.
   *[other] We keep your information for { $months } months after your last appointment. Then we erase your name and your contact details.
}
documents-consent-rights = Your rights
documents-consent-right-access = You can have a copy of all your information.
documents-consent-right-correct = You can have wrong information corrected.
documents-consent-right-erase = You can ask us to erase your information.
documents-consent-right-withdraw = You can take back your agreement whenever you want. The help you get does not change.
documents-consent-how = { $structure ->
    [none] To do this, talk to your mediator.
   *[other] To do this, talk to your mediator or contact { $structure }.
}
documents-consent-complaint = If our answer does not suit you, you can write to the CNIL, the French data protection authority (www.cnil.fr).
documents-consent-sign = Your agreement
documents-consent-sign-text = I have read this document, or it was read to me. I agree to what I ticked.
documents-signature-person = Date and signature of the person
documents-signature-mediator = Date and signature of the mediator

## Command line
cli-about-escale-pdf = Prints a document for the person, as a PDF, in French and in their language. With --lang, in the language given beside French ("fr": French only).
cli-about-escale-pdf-summary = Summary of an appointment: what was done, the procedures under way, what to do, the documents to bring, the contacts.
cli-about-escale-pdf-procedure = Follow-up of a procedure: the steps, the documents brought and missing, the file number, the dates.
cli-about-escale-pdf-consent = Agreement on data: what Escale keeps, why, for how long, the person's rights, a place to sign.
cli-arg-escale-pdf-summary-id = Identifier of the support session.
cli-arg-escale-pdf-procedure-id = Identifier of the procedure.
cli-arg-escale-pdf-consent-id = Identifier of the person.
cli-arg-escale-pdf-summary-out = PDF file to write (replaced if it exists).
cli-arg-escale-pdf-procedure-out = PDF file to write (replaced if it exists).
cli-arg-escale-pdf-consent-out = PDF file to write (replaced if it exists).
cli-pdf-written = { $pages ->
    [one] Document saved: { $path } ({ $pages } page).
   *[other] Document saved: { $path } ({ $pages } pages).
}
