# Mesaje de eroare: error-<code>, unde <code> este codul stabil al erorii (crates/escale-core/src/error.rs).
# Scrise pentru persoana care folosește Escale: ce nu merge și ce trebuie făcut.

error-not-found = { $entity ->
        [mediator] Niciun mediator de pe acest calculator nu are acest identificator (vedeți lista mediatorilor).
        [place] Acest loc de activitate nu există sau a fost arhivat.
        [partner] Acest partener nu există sau a fost arhivat.
       *[other] Această fișă nu există sau a fost ștearsă.
    }
error-wrong-key = Cheia sau fraza secretă nu se potrivește cu această bază de date. Nu s-a modificat nimic.
error-not-initialised = Nu există nicio bază de date Escale în { $path }. Creați-o mai întâi („escale init”).
error-already-initialised = Există deja o bază de date Escale în { $path }. Nu s-a modificat nimic.
error-passphrase-required = Este nevoie de o frază secretă pentru a deschide această bază de date.
error-passphrase-too-short = Fraza secretă trebuie să aibă cel puțin { $min } caractere.
error-keyring-unavailable = Portcheiul sistemului nu răspunde. Folosiți în schimb o frază secretă.
error-key-missing-from-keyring = Portcheiul sistemului nu conține cheia acestei baze de date (alt cont sau alt calculator?). Folosiți fișa de recuperare.
error-store-locked = Baza de date este blocată. Deblocați-o pentru a continua.
error-schema-too-new = Această bază de date a fost creată de o versiune mai nouă a Escale. Actualizați Escale.
error-database-busy = Baza de date este folosită de un alt program. Încercați din nou peste câteva clipe.
error-disk-full = Discul este plin: ultimele date introduse nu au fost salvate, cele de dinainte sunt intacte. Eliberați spațiu (coșul de gunoi, descărcările), apoi încercați din nou.
error-database-corrupt = Fișierul bazei de date este deteriorat (eroare de disc sau copiere întreruptă). Escale nu a scris nimic în el. Restaurați o copie de siguranță și păstrați acest fișier pentru un tehnician.
error-read-only = Escale nu poate scrie în dosarul datelor sale (stick USB protejat, disc doar pentru citire sau drepturi insuficiente). Nu s-a salvat nimic. Verificați dosarul sau cereți ajutor.
error-file-error = Fișierul { $path } nu poate fi citit sau scris. Verificați spațiul pe disc și drepturile.
error-storage-error = Eroare a bazei de date. Nu s-a salvat nimic.
error-key-settings-damaged = Fișierul cu setările cheii este deteriorat, la fel și copia lui. Datele dumneavoastră sunt intacte: deschideți-le cu cheia de recuperare.
error-key-settings-missing = Setările cheii acestei baze de date au dispărut. Datele dumneavoastră sunt intacte: deschideți-le cu cheia de recuperare tipărită pe fișa de recuperare.
error-key-settings-too-new = Setările cheii au fost scrise de o versiune mai nouă a Escale (formatul { $format }). Actualizați Escale. Nu s-a modificat nimic.
error-wrong-passphrase = Nu este fraza secretă corectă. Nu s-a modificat nimic.
error-recovery-key-mistyped = Cheia de recuperare conține o greșeală de tastare. Verificați fiecare grup de 4 caractere.
error-no-randomness = Sistemul nu a furnizat numere aleatorii pentru a crea o cheie. Reporniți calculatorul și încercați din nou.
error-pin-not-set = Nu este ales niciun cod PIN. Alegeți unul în setările de securitate.
error-pin-settings-damaged = Codul PIN salvat nu poate fi citit. Deblocați cu fraza secretă sau cu cheia de recuperare, apoi alegeți un cod PIN nou.
error-already-erased = Identitatea, datele de contact și notele acestei persoane au fost deja șterse.

# Copii de siguranță
error-not-a-backup = Acest fișier nu este o copie de siguranță Escale. Alegeți un fișier care se termină cu „.escale-backup”. Nu s-a modificat nimic.
error-backup-truncated = Această copie de siguranță este incompletă: copierea a fost întreruptă sau stickul USB a fost scos prea devreme. Folosiți o altă copie de siguranță. Datele dumneavoastră actuale nu au fost modificate.
error-backup-damaged = Această copie de siguranță este deteriorată sau a fost modificată după ce a fost creată: Escale refuză să o folosească. Folosiți o altă copie de siguranță. Datele dumneavoastră actuale nu au fost modificate.
error-backup-too-new = Această copie de siguranță a fost făcută de o versiune mai nouă a Escale. Actualizați Escale, apoi încercați din nou. Nu s-a modificat nimic.
error-backup-wrong-secret = Această cheie de recuperare sau această frază secretă nu deschide această copie de siguranță. Verificați-o: trebuie să fie cea a bazei de date din momentul copiei. Nu s-a modificat nimic.
error-backup-needs-recovery-key = Această copie de siguranță se deschide cu cheia de recuperare (tipărită pe fișa de recuperare), nu cu o frază secretă. Nu s-a modificat nimic.
error-backup-cancelled = Copia de siguranță a fost anulată. Nu a rămas niciun fișier de copie.
error-work-cancelled = Anulat: nu s-a modificat nimic.
error-restore-over-existing-data = Există deja o bază de date Escale în { $path }. Pentru a o înlocui cu copia de siguranță, cereți acest lucru în mod explicit: baza de date actuală va fi pusă deoparte în acest dosar, niciodată ștearsă. Nu s-a modificat nimic.
error-restore-interrupted = Restaurarea s-a oprit la jumătatea drumului. Datele dumneavoastră de dinainte sunt intacte în dosarul { $path }. Nu ștergeți nimic și cereți ajutor.

error-name-required = Introduceți un nume sau un prenume.
error-birth-year-out-of-range = Anul nașterii trebuie să fie între 1900 și { $max }.
error-insee-code-invalid = Codul INSEE al localității trebuie să aibă 5 caractere.
error-postal-code-invalid = Codul poștal trebuie să aibă 5 cifre.
error-commune-unknown = Nicio localitate nu are codul INSEE { $code }. Alegeți localitatea din listă.
error-postal-code-not-of-commune = Codul poștal { $postalCode } nu este al acestei localități. Alegeți localitatea din listă.
error-email-invalid = Adresa de e-mail nu este validă.
error-phone-invalid = Numărul de telefon nu este valid.
error-language-invalid = Cod de limbă necunoscut: { $code }.
error-unknown-code = Valoare necunoscută „{ $code }” pentru câmpul { $field }.
error-too-long = Acest text este prea lung (cel mult { $max } de caractere).
error-not-in-latin-letters = Scrieți acest nume cu litere latine, ca în actele franceze.
error-theme-required = Alegeți cel puțin o temă.
error-administrative-theme-without-procedure-help = Temele administrative merg împreună cu „Ajutor pentru demersuri administrative”: bifați-o și pe aceasta.
error-procedure-name-without-procedure-help = Numele demersului merge împreună cu tema „Ajutor pentru demersuri administrative”.
error-place-required = Alegeți locul de activitate.
error-commune-required = Introduceți localitatea unde a avut loc sesiunea de sprijin.
error-duration-out-of-range = Durata trebuie să fie între 1 minut și 24 de ore.
error-date-in-future = Data nu poate fi în viitor.
error-individual-needs-one-beneficiary = O sesiune de sprijin individual privește exact o persoană.
error-workshop-needs-participants = Un atelier are cel puțin un participant urmărit sau un număr de participanți anonimi.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] Participanții deja sprijiniți sunt mai mulți decât totalul participanților anonimi.
    [gender] Repartizarea pe gen depășește totalul participanților anonimi.
    [ageBand] Repartizarea pe grupe de vârstă depășește totalul participanților anonimi.
    [socialStatus] Repartizarea pe situație depășește totalul participanților anonimi.
   *[other] Repartizările participanților anonimi depășesc totalul lor.
}
error-anonymous-total-too-large = Un atelier are cel mult { $max } de participanți anonimi.
error-field-not-applicable = Acest câmp nu se aplică acestui tip de activitate.
error-duplicate-participant = Această persoană apare de două ori printre participanți.
error-status-unchanged = Demersul are deja această stare.
error-date-invalid = Această dată nu este validă.
error-pin-invalid = Codul PIN are între 4 și 12 cifre.
error-idle-minutes-out-of-range = Timpul până la blocare este între 1 și { $max } de minute.
error-consent-purpose-required = Alegeți cel puțin un scop pentru care persoana își dă consimțământul.
error-withdrawal-before-consent = Retragerea nu poate avea o dată anterioară consimțământului.
error-consent-already-withdrawn = Acest consimțământ a fost deja retras.
error-retention-out-of-range = Durata de păstrare trebuie să fie între { $min } și { $max } de luni.
error-mediator-not-chosen = Mai mulți mediatori își păstrează datele pe acest calculator. Alegeți-vă numele.
error-keyring-shared-by-mediators = Mai mulți mediatori folosesc acest calculator: fiecare își protejează datele cu propria frază secretă. Portcheiul sistemului nu mai este suficient, pentru că oricine folosește acest cont al calculatorului îl poate citi.
error-mediator-name-required = Introduceți numele mediatorului sau al mediatoarei.
error-control-characters = Acest câmp conține caractere invizibile care nu pot fi salvate. Tastați din nou textul.
error-status-transition-not-allowed = Demersul nu poate trece direct din starea actuală în aceasta.
error-procedure-closed = Acest demers este închis: redeschideți-l, cu o notă care spune de ce, pentru a-i schimba starea.
error-procedure-not-closed = Doar un demers închis (acceptat, refuzat sau abandonat) poate fi redeschis.
error-reopen-note-required = Scrieți într-o notă de ce este redeschis demersul.
error-date-before-previous-step = Această etapă nu poate avea o dată anterioară celei precedente ({ $date }).
error-no-recurrence-due = Acest demers nu are nicio declarație sau reînnoire de făcut.
error-activity-not-of-this-person = Această sesiune de sprijin nu privește persoana din acest demers.
error-catalogue-label-required = Dați un nume demersului.
error-theme-not-administrative = Alegeți o temă administrativă.
error-delay-out-of-range = Termenul obișnuit este între 1 și { $max } de zile.
error-entity-name-required = { $entity ->
        [structure] Introduceți numele organizației.
        [place] Introduceți numele locului de activitate.
       *[partner] Introduceți numele partenerului.
    }
error-siret-invalid = Un număr SIRET are 14 cifre (spațiile dintre grupe sunt permise).
error-siret-mistyped = Acest număr SIRET nu există: probabil o cifră a fost copiată greșit. Verificați-l pe un document al organizației (avis de situation Insee, fluturaș de salariu, factură).
error-stored-value-unreadable = O dată salvată nu mai poate fi citită ({ $entity } { $id }): a fost deteriorată sau scrisă de o versiune mai nouă a Escale.

# Salvarea unui fișier (un document tipărit) în dosarul ales.
error-save-folder-not-writable = Nu se poate salva în dosarul { $path }: nu există, este protejat la scriere (stick USB blocat) sau nu vă aparține. Nu s-a salvat nimic. Alegeți alt dosar.
error-save-disk-full = Nu mai este spațiu pe discul sau pe stickul USB al dosarului { $path }: fișierul nu a fost salvat și nu a rămas nimic din el acolo. Eliberați spațiu sau alegeți alt dosar.
error-document-not-rendered = Escale nu a putut crea acest document (eroare internă). Nu s-a salvat nimic. Încercați din nou sau semnalați problema.

# Erori care nu vin din nucleu.
error-unexpected = A apărut o eroare neașteptată. Nu s-a salvat nimic.
error-command-failed = Operațiunea s-a oprit în mod neașteptat. Nu s-a salvat nimic. Încercați din nou.
error-merge-with-itself = O fișă nu poate fi unită cu ea însăși. Alegeți o altă fișă.
error-value-not-understood = { $fieldId ->
    [gender] Gen nerecunoscut: scrieți F, M sau N (feminin, masculin, necomunicat).
    [birthYear] Anul nașterii nerecunoscut: scrieți un an din patru cifre (1970) sau o dată (12/03/1970).
   *[other] Valoare nerecunoscută.
}
