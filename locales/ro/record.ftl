# Înregistrarea unei sesiuni de sprijin sau a unui atelier (ui/src/features/activity).

record-new-accompaniment = Sesiune nouă de sprijin
record-new-workshop = Atelier nou
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = Înregistrați o sesiune de sprijin din orice ecran (Ctrl+Shift+N)
record-keys-help = Tab: secțiunea următoare · săgeți: alegeți · Spațiu: bifați · Ctrl+Enter: salvați

record-person = Persoana sprijinită
record-person-placeholder = Câteva litere din nume…
record-person-help = Enter alege persoana evidențiată; săgețile schimbă alegerea.
record-person-create = Creați persoana „{ $name }”
record-person-anonymous = Persoană anonimă (fără nume)
record-person-born = născut(ă) în { $year }
record-person-last-seen = ultima vizită: { $date }
record-person-change = Schimbați persoana
record-person-new = Persoană nouă
record-person-search-again = Căutați mai bine o persoană cunoscută
record-person-accompanied-before = Persoana a mai fost sprijinită (în altă parte sau înainte de Escale)

date-letter-day = z
date-letter-month = l
date-letter-year = a

record-more-themes = { $count ->
    [one] + încă 1 temă
    [few] + încă { $count } teme
   *[other] + încă { $count } de teme
}
record-place = Loc
record-place-from-day = Cel din { $date }, ultimul folosit.
record-orientation-none = Fără îndrumare

record-workshop-title = Atelier de grup nou
record-workshop-name = Titlul atelierului
record-workshop-level = Nivel
record-workshop-save = Salvați atelierul
record-participants = Participanți urmăriți (persoane cunoscute)
record-participants-chosen = Participanți aleși
record-participant-remove = Scoateți din atelier: { $name }
record-participant-remove-short = Scoateți

record-anonymous-title = Participanți anonimi
record-anonymous-total = Număr total
record-anonymous-already = Dintre care deja sprijiniți
record-anonymous-gender = Gen
record-anonymous-age-band = Grupă de vârstă
record-anonymous-social-status = Situație
record-anonymous-sum = { $sum } din { $total }

toast-workshop-saved = Atelier salvat.

error-ui-person-required = Alegeți persoana sprijinită, creați-o sau alegeți „Persoană anonimă”.
error-ui-count-invalid = Introduceți un număr întreg (doar cifre).

record-edit-title = Corectați sesiunea de sprijin
record-workshop-edit-title = Corectați atelierul
record-save-correction = Salvați corectura
toast-activity-corrected = Corectură salvată.
