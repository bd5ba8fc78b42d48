# Ecranele demersurilor urmărite în fereastră (ui/src/features/procedures și follow-up):
# fișa unei persoane, începerea unui demers, ecranul unui demers, lista „De urmărit”
# și catalogul organizației. Fraze scurte, cuvinte de zi cu zi.

shortcut-follow-up = Ctrl+U

## În fișa unei persoane

procedures-open-title = { $count ->
    [0] Demersuri în curs
   *[other] Demersuri în curs ({ $count })
}
procedures-start = Începeți un demers
procedures-none-open = Niciun demers în curs.
procedures-closed-title = { $count ->
    [one] { $count } demers încheiat
    [few] { $count } demersuri încheiate
   *[other] { $count } de demersuri încheiate
}
procedures-deadline = Termen-limită: { $date }
procedures-next-renewal = Reînnoire: { $date }
procedures-next-declaration = Următoarea declarație: { $date }
procedures-call-back = De sunat din nou pe { $date }
procedures-documents-missing = { $count ->
    [0] Toate actele sunt aduse
    [one] { $count } act lipsă
    [few] { $count } acte lipsă
   *[other] { $count } de acte lipsă
}

## Ce se știe despre un demers din catalog

procedure-for = Pentru:
procedure-own-entry = Propriu organizației
procedure-facts-organisation = Instituție
procedure-facts-theme = Temă
procedure-facts-delay = Termen obișnuit
procedure-facts-days = { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
procedure-facts-every = { $months ->
    [one] În fiecare lună
    [few] La fiecare { $months } luni
   *[other] La fiecare { $months } de luni
}
procedure-facts-documents = Acte cerute
procedure-facts-no-document = Niciun act în listă.

## Începerea unui demers

procedure-start-title = Începeți un demers
procedure-start-search = Ce demers?
procedure-start-search-help = Tastați câteva litere din nume sau din numele instituției. Săgețile ↑ ↓ pentru a alege, Enter pentru a confirma.
procedure-start-results = { $count ->
    [0] Niciun demers
    [one] { $count } demers
    [few] { $count } demersuri
   *[other] { $count } de demersuri
}
procedure-start-no-match = Niciun demers nu corespunde căutării „{ $query }”.
procedure-start-manage-catalogue = Demersul nu este în listă? Adăugați-l în catalog.
procedure-start-nothing-chosen = Alegeți un demers din listă.
procedure-start-status = În ce stadiu este demersul?
procedure-start-status-a_faire = De făcut
procedure-start-status-deposee = Deja depus
procedure-start-status-acceptee = Deja acceptat: urmăriți reînnoirile
procedure-started-on = Început pe
procedure-start-confirm = Începeți urmărirea

## Ecranul unui demers

procedure-screen-since = din { $date }
procedure-change-status = Schimbați starea
procedure-next-status = Starea nouă
procedure-screen-status-on = Data
procedure-screen-status-note = Notă (opțională)
procedure-screen-status-save = Salvați starea
procedure-reopen-title = Redeschideți demersul
procedure-reopen-open = Redeschideți demersul…
procedure-closed-title = Demers încheiat
procedure-reopen-explanation = Acest demers este încheiat. Pentru a-l relua (contestație, cerere nouă, decizie retrasă), redeschideți-l și spuneți de ce.
procedure-reopen-status = Reluați cu starea
procedure-reopen-note = De ce îl redeschideți? (obligatoriu)
procedure-reopen-save = Redeschideți demersul
procedure-history = Istoric
procedure-step-reopened = Redeschis: { $status }

procedure-screen-documents-count = Acte aduse: { $brought } din { $total }
procedure-screen-brought-on = Adus pe { $date }
procedure-screen-not-needed = Nu este necesar
procedure-screen-not-needed-label = { $document }: nu este necesar, scoateți-l din listă
procedure-screen-add-document = Adăugați un act în listă
procedure-screen-choose-document = Alegeți un act…
procedure-screen-add-document-button = Adăugați

procedure-next-renewal-on = Reînnoire de făcut pe { $date }
procedure-next-declaration-on = Declarație de făcut pe { $date }
procedure-renewal-done = Reînnoire făcută
procedure-declaration-done = Declarație făcută
procedure-recurrence-done-help = Înregistrează că s-a făcut astăzi. Data următoare se calculează singură.

procedure-details = Referință, date și note
procedure-reference-label = Numărul dosarului sau al cererii
procedure-deadline-label = Termen-limită
procedure-renewal-label = Data reînnoirii
procedure-declaration-label = Data următoarei declarații
procedure-call-back-label = Sunați din nou persoana pe
procedure-notes-label = Note
procedure-details-save = Salvați
procedure-details-unsaved = Modificări încă nesalvate

procedure-activities = { $count ->
    [0] Sesiuni de sprijin legate
   *[other] Sesiuni de sprijin legate ({ $count })
}
procedure-no-activity = Nicio sesiune de sprijin legată de acest demers.
procedure-activity-line = { $date }: { $themes }
procedure-link = Legați o sesiune de sprijin a persoanei
procedure-link-choose = Alegeți o sesiune de sprijin…
procedure-link-button = Legați
procedure-unlink = Dezlegați
procedure-unlink-label = Dezlegați sesiunea de sprijin din { $date }

## Confirmări

procedure-toast-started = Demers început.
procedure-toast-status = Stare salvată: { $status }.
procedure-toast-reopened = Demers redeschis: { $status }.
procedure-toast-document-brought = Act adus: { $document }.
procedure-toast-document-missing = Act lipsă: { $document }.
procedure-toast-document-not_needed = Act scos din listă: { $document }.
procedure-toast-document-added = Act adăugat în listă: { $document }.
procedure-toast-saved = Salvat.
procedure-toast-recurrence-done = Am notat.
procedure-toast-recurrence-done-next = Am notat. Data următoare: { $date }.
procedure-toast-linked = Sesiune de sprijin legată.
procedure-toast-unlinked = Sesiune de sprijin dezlegată.

## De urmărit

follow-up-title = De urmărit
follow-up-subtitle = Astăzi, { $date }, și următoarele 7 zile
follow-up-help = Enter sau clic: deschideți demersul. Săgețile ↑ ↓ pentru a trece de la un rând la altul.
follow-up-empty = Nimic de urmărit săptămâna aceasta.
follow-up-overdue = Întârziate ({ $count })
follow-up-today = Astăzi ({ $count })
follow-up-week = Săptămâna aceasta ({ $count })
follow-up-more = Afișează mai multe (încă { $count })
follow-up-why-deadline = Termen-limită pe { $date }
follow-up-why-renewal = Reînnoire pe { $date }
follow-up-why-renewal-prepare = Reînnoire pe { $date }, de pregătit începând cu { $start }
follow-up-why-declaration = Declarație pe { $date }
follow-up-why-declaration-prepare = Declarație pe { $date }, de pregătit începând cu { $start }
follow-up-why-stuck = { $status } din { $date }: durează mult
follow-up-why-call-back = De sunat din nou pe { $date }
follow-up-open-file = Fișa
follow-up-open-title = Deschideți lista „De urmărit” (Ctrl+U)
follow-up-count = De urmărit săptămâna aceasta: { $count }
follow-up-count-overdue = dintre care { $count } întârziate
follow-up-count-none = Nimic de urmărit săptămâna aceasta

## Catalogul demersurilor organizației

catalogue-title = Catalogul demersurilor
catalogue-intro = Debifați demersurile pe care organizația dumneavoastră nu le face niciodată: nu vor mai fi propuse. Demersurile deja începute nu se schimbă.
catalogue-filter = Căutați în catalog
catalogue-hidden-count = { $count ->
    [one] { $count } demers ascuns
    [few] { $count } demersuri ascunse
   *[other] { $count } de demersuri ascunse
}
catalogue-no-match = Niciun demers nu corespunde căutării „{ $query }”.
catalogue-state-offered = Propus
catalogue-state-hidden = Ascuns
catalogue-add-open = Adăugați un demers al organizației
catalogue-add-title = Demers nou al organizației
catalogue-new-label = Numele demersului
catalogue-new-label-help = Așa cum îl caută colegii dumneavoastră. Nu este tradus.
catalogue-choose-theme = Alegeți o temă…
catalogue-no-organisation = Nespecificat
catalogue-new-delay = Termen obișnuit (zile)
catalogue-new-documents = { $count ->
    [0] Acte cerute
    [one] Acte cerute ({ $count } act ales)
    [few] Acte cerute ({ $count } acte alese)
   *[other] Acte cerute ({ $count } de acte alese)
}
catalogue-document-search = Căutați un act…
catalogue-add-save = Adăugați în catalog
catalogue-toast-added = Demers adăugat în catalog: { $procedure }.
catalogue-toast-hidden = Demers ascuns: { $procedure }.
catalogue-toast-offered = Demers propus din nou: { $procedure }.

## Erori verificate de interfață înainte de a apela nucleul

error-ui-procedure-status-required = Alegeți starea nouă.
error-ui-procedure-theme-required = Alegeți o temă administrativă.
