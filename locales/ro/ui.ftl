# Interfața aplicației desktop (ui/). Română simplă și directă,
# pentru mediatoare și mediatori care înregistrează repede, adesea în fața persoanei.

app-name = Escale
loading = Se încarcă…
saving = Se salvează…
retry = Încercați din nou
cancel = Anulați
yes = Da
no = Nu
skip-to-content = Salt la conținut

## Antet și navigare

nav-label = Navigare principală
nav-home-title = Înapoi la lista persoanelor (Ctrl+K)
nav-back = Înapoi
language-select-label = Limba
# O limbă într-o listă: numele ei în acea limbă, apoi în română.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## Prima pornire

setup-title = Bun venit în Escale
setup-intro = Escale păstrează evidența sesiunilor de sprijin, chiar și fără conexiune la internet.
setup-point-encrypted = Datele rămân pe acest calculator, criptate: fără cheie, nimeni nu le poate citi, nici dacă calculatorul este pierdut sau furat.
setup-point-offline = Totul funcționează fără internet, în autobuz ca și la birou.
setup-point-nothing-sent = Nu se trimite nimic pe internet.
setup-keyring-explanation = Cheia de criptare va fi păstrată în portcheiul securizat al contului dumneavoastră de pe calculator: nu trebuie să rețineți nimic.
setup-passphrase-legend = Alegeți o frază secretă
setup-passphrase-explanation = Acest calculator nu are portchei securizat: o frază secretă vă va proteja datele. Vi se va cere de fiecare dată când deschideți Escale. Cel puțin { $min } caractere; o frază scurtă, ușor de ținut minte, este foarte bună.
setup-passphrase-warning = Dacă uitați această frază secretă, doar cheia de recuperare (o veți tipări imediat după aceea) vă va permite să redeschideți datele.
setup-passphrase = Frază secretă
setup-passphrase-repeat = Frază secretă, încă o dată
setup-shared-laptop = Acest calculator este folosit și de alte persoane
setup-shared-laptop-help = Datele vor fi atunci protejate de o frază secretă, cerută la fiecare deschidere, nu de portcheiul contului.
setup-passphrase-shared-explanation = O frază secretă vă va proteja datele. Vi se va cere de fiecare dată când deschideți Escale. Cel puțin { $min } caractere; o frază scurtă, ușor de ținut minte, este foarte bună.
setup-demo = Încărcați date demonstrative
setup-demo-help = Persoane și sesiuni de sprijin inventate, pentru a descoperi Escale sau pentru a instrui un coleg. Nu bifați pentru o utilizare reală.
setup-create = Creați baza de date criptată
setup-working = Se creează baza de date criptată…
setup-working-demo = Se creează baza de date criptată și datele demonstrative… Durează câteva secunde.
setup-demo-skip = Începeți fără date demonstrative
setup-data-dir = Dosarul datelor:

## Deblocare

unlock-title = Escale este blocat
unlock-intro = Introduceți fraza secretă pentru a deschide datele de pe acest calculator.
unlock-keyring-intro = Escale nu a putut deschide datele cu portcheiul contului.
unlock-retry = Încercați din nou
unlock-use-recovery = Am fișa de recuperare
unlock-passphrase = Frază secretă
unlock-submit = Deblocați
unlock-working = Se deschide…
passphrase-deriving-key = Se calculează cheia din fraza secretă… Durează câteva secunde.

## Lista persoanelor

list-title = Persoane sprijinite
list-new-beneficiary = Persoană nouă
list-search-label = Căutați o persoană
list-search-placeholder = Nume sau prenume…
list-search-help = Tastați începutul numelui sau al prenumelui. Săgețile ↑ ↓ pentru a alege, Enter pentru a deschide fișa.
list-results-label = { $count ->
    [0] Niciun rezultat
    [one] { $count } rezultat
    [few] { $count } rezultate
   *[other] { $count } de rezultate
}
list-empty = Nicio persoană înregistrată deocamdată. Începeți cu „Persoană nouă”.
list-no-match = Nicio persoană nu corespunde căutării „{ $query }”. Verificați ortografia sau creați o fișă nouă.
list-last-activity = Ultima vizită: { $date }
list-never-accompanied = Încă nicio sesiune de sprijin
list-activity-count = { $count ->
    [one] { $count } sesiune de sprijin
    [few] { $count } sesiuni de sprijin
   *[other] { $count } de sesiuni de sprijin
}
list-limit = { $limit ->
    [one] Este afișată doar prima persoană: restrângeți căutarea.
    [few] Sunt afișate doar primele { $limit } persoane: restrângeți căutarea.
   *[other] Sunt afișate doar primele { $limit } de persoane: restrângeți căutarea.
}
person-anonymous = Persoană anonimă

## Fișa unei persoane: formular

beneficiary-form-new-title = Persoană nouă
beneficiary-form-edit-title = Modificați fișa
beneficiary-anonymous = Înregistrare fără nume (persoană anonimă)
beneficiary-anonymous-help = Doar pentru statistici: numele, telefonul și adresa de e-mail nu sunt păstrate.
beneficiary-first-name = Prenume
beneficiary-last-name = Nume
beneficiary-latin-first-name = Prenume cu litere latine
beneficiary-latin-last-name = Nume cu litere latine
beneficiary-latin-name-help = Ca în actele franceze, dacă numele este scris cu alt alfabet (arab, chirilic…). Persoana poate fi găsită după oricare dintre ele.
beneficiary-birth-year = Anul nașterii
beneficiary-birth-year-help = Din el se deduce grupa de vârstă.
beneficiary-gender = Gen
beneficiary-social-status = Situație
beneficiary-commune = Localitatea de domiciliu
beneficiary-phone = Telefon
beneficiary-email = E-mail
beneficiary-languages = Limbi vorbite
beneficiary-languages-help = Bifați mai întâi limba folosită cel mai des.
beneficiary-document-language = Limba documentelor înmânate
beneficiary-document-language-help = Limba rezumatelor tipărite, alături de franceză.
beneficiary-notes = Note
beneficiary-notes-help = Doar ce este util pentru a o sprijini. Fără informații de sănătate care nu sunt necesare.
beneficiary-save = Salvați fișa

commune-placeholder = Numele localității sau codul poștal…
commune-help = Tastați cel puțin 2 litere sau cifre, apoi alegeți din listă.
commune-clear = Ștergeți localitatea
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## Fișa unei persoane: consultare

file-record-activity = Înregistrați o sesiune de sprijin
file-edit = Modificați fișa
file-born = { $gender ->
    [feminin] Născută în { $year }
    [masculin] Născut în { $year }
   *[other] Născut(ă) în { $year }
}
file-identity = Identitate
file-latin-name = Cu litere latine:
file-not-given = Necompletat
file-activities = Sesiuni de sprijin ({ $count })
file-no-activity = Nicio sesiune de sprijin înregistrată pentru această persoană.
procedure-reference = Referință:
procedure-deadline = Termen: { $date }

## Înregistrarea unei sesiuni de sprijin

activity-form-title = Sesiune nouă de sprijin individual
activity-form-for = Pentru:
activity-section-when = Când și cât timp
activity-section-where = Unde
activity-section-what = Ce s-a făcut
activity-section-how = Cum a decurs
activity-section-notes = Note și pașii următori
activity-date = Data
activity-duration = Durata
activity-duration-custom = Altă durată
activity-minutes-unit = minute
activity-place-type = Locul sesiunii
activity-place = Loc de activitate
activity-place-choose = Alegeți un loc…
activity-place-option = { $name } ({ $commune })
activity-no-place = Nu este înregistrat încă niciun loc de activitate.
activity-place-add = + Adăugați un loc de activitate
activity-place-new-name = Numele locului (de exemplu „Stația Felletin” sau „Oficiul poștal”)
activity-place-new-commune = Localitatea locului
activity-place-create = Adăugați acest loc
activity-place-cancel = Anulați
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Localitate
activity-themes = Teme
activity-administrative-themes = Demersuri administrative: domenii
activity-procedure-name = Numele demersului
activity-procedure-name-placeholder = De exemplu: reînnoirea documentului „titre de séjour”
activity-equipment = Echipament folosit
activity-autonomy = Autonomia persoanei
activity-oriented = Îndrumată către altă organizație?
activity-orientation = Îndrumare
activity-orientation-choose = Alegeți organizația…
activity-notes = Note
activity-next-steps = Pașii următori
activity-next-steps-help = Ce trebuie să facă sau să aducă persoana data viitoare.
activity-save = Salvați sesiunea de sprijin

## Ieșire fără salvare

leave-title = Ieșiți fără să salvați?
leave-text = Ați început să completați acest formular. Dacă ieșiți acum, ce ați introdus se va pierde.
leave-stay = Rămâneți în formular
leave-discard = Ieșiți fără să salvați

## Confirmări

toast-activity-saved = Sesiune de sprijin salvată.
toast-beneficiary-created = Fișă creată.
toast-beneficiary-saved = Fișă salvată.

## Erori verificate de interfață înainte de a apela nucleul

error-ui-passphrases-differ = Cele două fraze secrete nu sunt identice.
error-ui-commune-not-chosen = Alegeți localitatea din lista propusă, altfel nu va fi salvată.
error-ui-duration-required = Alegeți o durată.
error-ui-orientation-required = Alegeți organizația către care este îndrumată persoana.
