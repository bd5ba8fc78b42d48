# Linia de comandă „escale”: ajutor (cli-about-<comandă>, cli-arg-<comandă>-<opțiune>) și mesaje.

cli-about-escale = Escale în linia de comandă: aceleași date criptate ca în aplicație, pentru administrare și scripturi.
cli-arg-escale-data_dir = Dosarul datelor (implicit cel al aplicației; variabila ESCALE_DATA_DIR).
cli-arg-escale-lang = Limba mesajelor (implicit fr; variabila ESCALE_LANG).
cli-arg-escale-json = Rezultat în format JSON, pentru scripturi.

cli-about-escale-init = Creează baza de date criptată și afișează cheia ei de recuperare. Cheia este pusă în portcheiul sistemului; fără portchei, o protejează o frază secretă (tastată sau din variabila ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Protejează baza de date cu o frază secretă, nu cu portcheiul.
cli-arg-escale-init-json = Rezultat în format JSON.

cli-about-escale-recover = Redeschide baza de date cu cheia de recuperare (calculator nou, portchei șters, setările cheii pierdute, frază secretă uitată), apoi protejează din nou cheia. Cheia se tastează sau vine din variabila ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = Protejează apoi cheia cu o frază secretă nouă (tastată sau din variabila ESCALE_NEW_PASSPHRASE), nu cu portcheiul.
cli-about-escale-recovery-sheet = Scrie fișa de recuperare (o pagină de tipărit și de păstrat încuiată).
cli-arg-escale-recovery-sheet-out = Fișierul de scris (pagină HTML).
cli-about-escale-key = Protecția cheii bazei de date.
cli-about-escale-key-protect = Pune cheia în portcheiul sistemului sau sub o frază secretă (nouă). Datele nu sunt criptate din nou.
cli-arg-escale-key-protect-keyring = Păstrează cheia în portcheiul sistemului.
cli-arg-escale-key-protect-passphrase = Protejează cheia cu o frază secretă nouă (tastată sau din variabila ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = Cheia de recuperare (14 grupuri de câte 4 caractere):
cli-recovery-key-intro = Iată cheia de recuperare. Doar ea redeschide datele dacă se pierd calculatorul, portcheiul sau fraza secretă:
cli-recovery-key-sheet = Tipăriți fișa de recuperare („escale recovery-sheet --out fiche.html”) și păstrați-o încuiată, departe de calculator.
cli-recovered-keyring = Baza de date a fost redeschisă cu cheia de recuperare. Cheia ei este acum în portcheiul sistemului.
cli-recovered-passphrase = Baza de date a fost redeschisă cu cheia de recuperare. Acum este protejată de noua dumneavoastră frază secretă.
cli-recovery-sheet-written = Fișa de recuperare a fost scrisă în { $path }. Tipăriți-o, păstrați-o încuiată, apoi ștergeți acest fișier.
cli-key-moved-to-keyring = Cheia este acum în portcheiul sistemului. Datele nu s-au schimbat.
cli-key-moved-to-passphrase = Cheia este acum protejată de noua frază secretă. Datele nu s-au schimbat.
cli-file-not-written = Fișierul { $path } nu poate fi scris. Nu s-a scris nimic.
cli-use-recover = Pentru a vă redeschide datele: escale recover.

cli-about-escale-backup = Copii de siguranță criptate: creare, verificare, restaurare.
cli-about-escale-backup-create = Scrie o copie de siguranță criptată a întregii baze de date într-un dosar (un stick USB). Fișierul poartă data, nimic personal; se deschide cu cheia de recuperare sau, pentru o bază protejată prin frază secretă, cu fraza secretă din ziua respectivă.
cli-arg-escale-backup-create-to = Dosarul în care se scrie copia de siguranță (de exemplu stickul USB).
cli-arg-escale-backup-create-json = Rezultat în format JSON.
cli-about-escale-backup-verify = Verifică o copie de siguranță: structura și suma de control, apoi, cu cheia de recuperare (ESCALE_RECOVERY_KEY) sau cu fraza secretă (ESCALE_PASSPHRASE), conținutul, pe care Escale îl deschide și îl numără.
cli-arg-escale-backup-verify-file = Fișierul copiei de siguranță (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Doar verificările care nu cer niciun secret.
cli-arg-escale-backup-verify-json = Rezultat în format JSON.
cli-about-escale-backup-restore = Restaurează o copie de siguranță în dosarul datelor (calculator nou), după ce a verificat-o în întregime. Cheia de recuperare (ESCALE_RECOVERY_KEY) sau fraza secretă a copiei (ESCALE_PASSPHRASE); altfel se tastează.
cli-arg-escale-backup-restore-file = Fișierul copiei de siguranță (.escale-backup).
cli-arg-escale-backup-restore-replace = Înlocuiește baza de date existentă: ea este pusă deoparte în dosarul datelor, niciodată ștearsă.
cli-arg-escale-backup-restore-passphrase = Protejează cheia restaurată cu o frază secretă (ESCALE_NEW_PASSPHRASE sau cea a copiei de siguranță), nu cu portcheiul.
cli-arg-escale-backup-restore-json = Rezultat în format JSON.
cli-prompt-backup-passphrase = Fraza secretă a bazei de date din momentul copiei de siguranță:
cli-backup-progress = Copie de siguranță
cli-restore-progress = Restaurare
cli-demo-progress = Date demonstrative
cli-deriving-key = Se deschide baza criptată (derivarea cheii)…
cli-backup-written = Copie de siguranță scrisă și verificată: { $path } ({ $size }).
cli-backup-verified = Copie de siguranță intactă, făcută pe { $made }: { $people ->
    [one] { $people } persoană
    [few] { $people } persoane
   *[other] { $people } de persoane
}, { $activities ->
    [one] { $activities } activitate
    [few] { $activities } activități
   *[other] { $activities } de activități
}, { $procedures ->
    [one] { $procedures } demers
    [few] { $procedures } demersuri
   *[other] { $procedures } de demersuri
}.
cli-backup-structure-verified = Copie de siguranță făcută pe { $made }: structura și suma de control sunt intacte. Conținutul ei nu a fost verificat (este nevoie de cheia de recuperare sau de fraza secretă).
cli-backup-restored = Copia de siguranță din { $made } a fost restaurată: { $people ->
    [one] { $people } persoană
    [few] { $people } persoane
   *[other] { $people } de persoane
}, { $activities ->
    [one] { $activities } activitate
    [few] { $activities } activități
   *[other] { $activities } de activități
}, { $procedures ->
    [one] { $procedures } demers
    [few] { $procedures } demersuri
   *[other] { $procedures } de demersuri
}.
cli-backup-set-aside = Datele de dinainte sunt intacte, puse deoparte în { $path }.
cli-backup-secret-needed = Este nevoie de cheia de recuperare (ESCALE_RECOVERY_KEY) sau de fraza secretă a copiei de siguranță (ESCALE_PASSPHRASE). Nu s-a modificat nimic.

cli-about-escale-demo = Adaugă date demonstrative realiste.
cli-arg-escale-demo-people = Numărul de persoane de creat.
cli-arg-escale-demo-json = Rezultat în format JSON.

cli-about-escale-beneficiary = Persoane sprijinite: adăugare, listare, căutare, afișare.
cli-about-escale-beneficiary-add = Adaugă o persoană.
cli-arg-escale-beneficiary-add-first_name = Prenume.
cli-arg-escale-beneficiary-add-last_name = Nume.
cli-arg-escale-beneficiary-add-latin_first_name = Prenumele cu litere latine, ca în actele franceze, când prenumele este scris cu alt alfabet.
cli-arg-escale-beneficiary-add-latin_last_name = Numele cu litere latine, ca în actele franceze, când numele este scris cu alt alfabet.
cli-arg-escale-beneficiary-add-anonymous = Persoană anonimă (fără nume, pentru statistici).
cli-arg-escale-beneficiary-add-accompanied_before = Persoana a mai fost sprijinită (în altă parte sau înainte de Escale): niciuna dintre sesiunile ei de sprijin de aici nu este prima.
cli-arg-escale-beneficiary-add-birth_year = Anul nașterii (din el se deduce grupa de vârstă).
cli-arg-escale-beneficiary-add-gender = Gen: masculin, feminin sau non_communique.
cli-arg-escale-beneficiary-add-social_status = Situație: scolarise, sans_emploi, en_emploi, retraite sau non_communique.
cli-arg-escale-beneficiary-add-insee = Codul INSEE al localității.
cli-arg-escale-beneficiary-add-postal_code = Codul poștal (dedus din codul INSEE dacă lipsește).
cli-arg-escale-beneficiary-add-commune = Numele localității (dedus din codul INSEE dacă lipsește).
cli-arg-escale-beneficiary-add-phone = Telefon.
cli-arg-escale-beneficiary-add-email = Adresă de e-mail.
cli-arg-escale-beneficiary-add-languages = Limbă vorbită (cod din 2 sau 3 litere; opțiune care se poate repeta).
cli-arg-escale-beneficiary-add-document_language = Limba documentelor înmânate (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Note.
cli-arg-escale-beneficiary-add-json = Rezultat în format JSON.
cli-about-escale-beneficiary-list = Listează persoanele în ordine alfabetică.
cli-arg-escale-beneficiary-list-limit = Numărul maxim de rânduri.
cli-arg-escale-beneficiary-list-json = Rezultat în format JSON.
cli-about-escale-beneficiary-search = Caută după orice parte a numelui, fără a ține cont de diacritice sau de literele mari.
cli-arg-escale-beneficiary-search-query = Începutul prenumelui și/sau al numelui.
cli-arg-escale-beneficiary-search-limit = Numărul maxim de rânduri.
cli-arg-escale-beneficiary-search-json = Rezultat în format JSON.
cli-about-escale-beneficiary-show = Afișează fișa unei persoane, sesiunile ei de sprijin și demersurile ei.
cli-arg-escale-beneficiary-show-id = Identificatorul persoanei.
cli-arg-escale-beneficiary-show-json = Rezultat în format JSON.

cli-about-escale-activity = Sesiuni de sprijin și ateliere: înregistrare, listare.
cli-about-escale-activity-add = Înregistrează o sesiune de sprijin individual sau un atelier de grup.
cli-arg-escale-activity-add-beneficiaries = Identificatorul unei persoane sprijinite (se poate repeta pentru un atelier).
cli-arg-escale-activity-add-kind = Tip: individuel sau collectif.
cli-arg-escale-activity-add-date = Data (AAAA-LL-ZZ; implicit astăzi).
cli-arg-escale-activity-add-duration = Durata în minute.
cli-arg-escale-activity-add-place_type = Canal: lieu_activite, domicile, a_distance sau autre.
cli-arg-escale-activity-add-place = Identificatorul locului de activitate (pentru lieu_activite).
cli-arg-escale-activity-add-insee = Codul INSEE al localității (pentru domicile și autre).
cli-arg-escale-activity-add-postal_code = Cod poștal.
cli-arg-escale-activity-add-commune = Numele localității.
cli-arg-escale-activity-add-themes = Temă (cod național; se poate repeta).
cli-arg-escale-activity-add-equipment = Echipament folosit (se poate repeta).
cli-arg-escale-activity-add-autonomy = Autonomie: entierement_accompagne, partiellement_autonome sau autonome.
cli-arg-escale-activity-add-orientation = Organizația către care este îndrumată persoana.
cli-arg-escale-activity-add-procedure_name = Numele demersului administrativ.
cli-arg-escale-activity-add-workshop_title = Titlul atelierului.
cli-arg-escale-activity-add-workshop_level = Nivelul atelierului: debutant, intermediaire sau avance.
cli-arg-escale-activity-add-anonymous_total = Numărul de participanți anonimi (atelier).
cli-arg-escale-activity-add-notes = Note.
cli-arg-escale-activity-add-next_steps = Pașii următori.
cli-arg-escale-activity-add-json = Rezultat în format JSON.
cli-about-escale-activity-defaults = Ce propune mai întâi o înregistrare nouă: locul zilei, temele și duratele folosite cel mai des în ultima vreme.
cli-arg-escale-activity-defaults-kind = Tip: individuel sau collectif.
cli-arg-escale-activity-defaults-json = Rezultat în format JSON.
cli-defaults-place = Loc propus: { $place }
cli-defaults-place-of-day = { $place } ({ $date })
cli-defaults-themes = Teme, cele mai folosite mai întâi: { $themes }
cli-defaults-durations = Durate, cele mai folosite mai întâi: { $durations }
cli-about-escale-activity-list = Listează activitățile, cele mai recente mai întâi.
cli-arg-escale-activity-list-from = Începând cu această dată (AAAA-LL-ZZ).
cli-arg-escale-activity-list-to = Până la această dată (AAAA-LL-ZZ).
cli-arg-escale-activity-list-beneficiary = Doar cele ale acestei persoane.
cli-arg-escale-activity-list-limit = Numărul maxim de rânduri.
cli-arg-escale-activity-list-json = Rezultat în format JSON.

cli-about-escale-procedure = Demersuri administrative urmărite: începere, schimbarea stării, bifarea actelor, redeschidere, listare.
cli-about-escale-procedure-start = Începe urmărirea unui demers din catalog, cu lista lui de acte.
cli-arg-escale-procedure-start-beneficiary = Identificatorul persoanei.
cli-arg-escale-procedure-start-kind = Demers din catalog (de exemplu caf_rsa, anef_renouvellement_titre_sejour; vedeți escale catalogue list).
cli-arg-escale-procedure-start-status = Starea de pornire (acceptee pentru a urmări reînnoirea unui drept deja obținut).
cli-arg-escale-procedure-start-on = Ziua stării de pornire (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-procedure-start-reference = Numărul dosarului.
cli-arg-escale-procedure-start-deadline = Termen-limită (AAAA-LL-ZZ).
cli-arg-escale-procedure-start-call_back = Ziua în care trebuie sunată din nou persoana (AAAA-LL-ZZ).
cli-arg-escale-procedure-start-notes = Note.
cli-arg-escale-procedure-start-json = Rezultat în format JSON.
cli-about-escale-procedure-status = Schimbă starea unui demers, dacă tabelul trecerilor permite (starea veche rămâne în istoric).
cli-arg-escale-procedure-status-id = Identificatorul demersului.
cli-arg-escale-procedure-status-status = Starea nouă: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee sau abandonnee.
cli-arg-escale-procedure-status-note = Notă despre această schimbare.
cli-arg-escale-procedure-status-on = Ziua schimbării (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-procedure-status-json = Rezultat în format JSON.
cli-about-escale-procedure-reopen = Redeschide un demers închis (acceptat, refuzat sau abandonat), cu o notă care spune de ce.
cli-arg-escale-procedure-reopen-id = Identificatorul demersului.
cli-arg-escale-procedure-reopen-note = De ce este redeschis demersul (obligatoriu).
cli-arg-escale-procedure-reopen-status = Starea după redeschidere.
cli-arg-escale-procedure-reopen-on = Ziua redeschiderii (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-procedure-reopen-json = Rezultat în format JSON.
cli-about-escale-procedure-check = Bifează un act al demersului: adus, lipsă sau nu este necesar.
cli-arg-escale-procedure-check-id = Identificatorul demersului.
cli-arg-escale-procedure-check-document = Act din catalog (de exemplu rib, avis_imposition).
cli-arg-escale-procedure-check-state = Starea actului: brought, missing sau not_needed.
cli-arg-escale-procedure-check-json = Rezultat în format JSON.
cli-about-escale-procedure-recurrence-done = Notează că declarația sau reînnoirea așteptată este făcută; următoarea se calculează.
cli-arg-escale-procedure-recurrence-done-id = Identificatorul demersului.
cli-arg-escale-procedure-recurrence-done-on = Ziua în care a fost făcută (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-procedure-recurrence-done-json = Rezultat în format JSON.
cli-about-escale-procedure-edit = Modifică numărul dosarului, datele sau notele unui demers.
cli-arg-escale-procedure-edit-id = Identificatorul demersului.
cli-arg-escale-procedure-edit-reference = Numărul dosarului.
cli-arg-escale-procedure-edit-deadline = Termen-limită (AAAA-LL-ZZ).
cli-arg-escale-procedure-edit-renewal = Data următoarei reînnoiri sau a următoarei declarații (AAAA-LL-ZZ).
cli-arg-escale-procedure-edit-call_back = Ziua în care trebuie sunată din nou persoana (AAAA-LL-ZZ).
cli-arg-escale-procedure-edit-clear = Data de șters (se poate repeta): deadline, renewal sau call-back.
cli-arg-escale-procedure-edit-notes = Note.
cli-arg-escale-procedure-edit-json = Rezultat în format JSON.
cli-about-escale-procedure-link = Leagă o sesiune de sprijin a persoanei de demers.
cli-arg-escale-procedure-link-id = Identificatorul demersului.
cli-arg-escale-procedure-link-activity = Identificatorul sesiunii de sprijin.
cli-arg-escale-procedure-link-unlink = Desface legătura în loc să o facă.
cli-arg-escale-procedure-link-json = Rezultat în format JSON.
cli-about-escale-procedure-show = Afișează un demers: stare, date, acte, istoric, sesiuni de sprijin legate.
cli-arg-escale-procedure-show-id = Identificatorul demersului.
cli-arg-escale-procedure-show-json = Rezultat în format JSON.
cli-about-escale-procedure-list = Listează demersurile, cel mai apropiat termen mai întâi.
cli-arg-escale-procedure-list-beneficiary = Doar cele ale acestei persoane.
cli-arg-escale-procedure-list-json = Rezultat în format JSON.
cli-about-escale-catalogue = Catalogul demersurilor: listare, adăugarea celor ale organizației, ascunderea celor care nu sunt folosite.
cli-about-escale-catalogue-list = Listează demersurile propuse.
cli-arg-escale-catalogue-list-all = Și demersurile ascunse și retrase.
cli-arg-escale-catalogue-list-json = Rezultat în format JSON.
cli-about-escale-catalogue-add = Adaugă un demers propriu organizației.
cli-arg-escale-catalogue-add-label = Numele demersului.
cli-arg-escale-catalogue-add-theme = Temă administrativă (de exemplu social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Instituția care se ocupă de demers, din lista catalogului (de exemplu caf, mairie).
cli-arg-escale-catalogue-add-documents = Act cerut, din catalog (se poate repeta).
cli-arg-escale-catalogue-add-delay = Termenul obișnuit de răspuns, în zile.
cli-arg-escale-catalogue-add-json = Rezultat în format JSON.
cli-about-escale-catalogue-hide = Ascunde un demers din catalog (demersurile deja începute rămân).
cli-arg-escale-catalogue-hide-id = Identificatorul demersului din catalog.
cli-arg-escale-catalogue-hide-json = Rezultat în format JSON.
cli-about-escale-catalogue-show = Propune din nou un demers ascuns.
cli-arg-escale-catalogue-show-id = Identificatorul demersului din catalog.
cli-arg-escale-catalogue-show-json = Rezultat în format JSON.
cli-about-escale-follow-up = De urmărit: întârziate, astăzi și în următoarele 7 zile (termene, reînnoiri, declarații, demersuri blocate, apeluri de dat).
cli-arg-escale-follow-up-on = Ziua de luat în calcul (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-follow-up-count = Doar numărul de elemente.
cli-arg-escale-follow-up-json = Rezultat în format JSON.

cli-about-escale-consent = Consimțămintele unei persoane: înregistrare, retragere, listare.
cli-about-escale-consent-record = Înregistrează consimțământul unei persoane.
cli-arg-escale-consent-record-beneficiary = Identificatorul persoanei.
cli-arg-escale-consent-record-method = Cum și-a dat consimțământul: oral sau signed_form (formular semnat).
cli-arg-escale-consent-record-purposes = Scop acceptat (se poate repeta): file_follow_up, administrative_procedures, contact_reminders sau partner_referral.
cli-arg-escale-consent-record-date = Data consimțământului (AAAA-LL-ZZ; implicit astăzi).
cli-arg-escale-consent-record-json = Rezultat în format JSON.
cli-about-escale-consent-withdraw = Înregistrează retragerea unui consimțământ (consimțământul rămâne ca dovadă).
cli-arg-escale-consent-withdraw-id = Identificatorul consimțământului.
cli-arg-escale-consent-withdraw-date = Data retragerii (AAAA-LL-ZZ; implicit astăzi).
cli-arg-escale-consent-withdraw-json = Rezultat în format JSON.
cli-about-escale-consent-list = Listează consimțămintele unei persoane, cel mai recent mai întâi.
cli-arg-escale-consent-list-beneficiary = Identificatorul persoanei.
cli-arg-escale-consent-list-json = Rezultat în format JSON.

cli-about-escale-person = Drepturile unei persoane: copia datelor ei, ștergere definitivă.
cli-about-escale-person-export = Scrie tot ce conține Escale despre o persoană: un document ușor de citit în limba ei sau JSON.
cli-arg-escale-person-export-id = Identificatorul persoanei.
cli-arg-escale-person-export-out = Fișierul de scris (poate fi citit doar de contul dumneavoastră).
cli-arg-escale-person-export-json = Scrie fișierul în format JSON, nu ca text ușor de citit.
cli-about-escale-person-erase = Șterge definitiv identitatea, datele de contact și notele unei persoane; sesiunile ei de sprijin rămân, anonime, pentru statistici.
cli-arg-escale-person-erase-id = Identificatorul persoanei.
cli-arg-escale-person-erase-yes = Șterge fără a cere confirmare (pentru scripturi).
cli-arg-escale-person-erase-preview = Arată doar ce ar fi șters, fără a schimba nimic.
cli-arg-escale-person-erase-json = Rezultat în format JSON.

cli-about-escale-retention = Durata de păstrare a dosarelor: vizualizare, schimbare, previzualizare, aplicare.
cli-about-escale-retention-show = Afișează durata de păstrare.
cli-arg-escale-retention-show-json = Rezultat în format JSON.
cli-about-escale-retention-set = Schimbă durata de păstrare (între 1 și 120 de luni după ultima sesiune de sprijin).
cli-arg-escale-retention-set-months = Numărul de luni.
cli-arg-escale-retention-set-json = Rezultat în format JSON.
cli-about-escale-retention-preview = Listează dosarele care ar fi anonimizate la o anumită dată și de când ar fi trebuit să fie.
cli-arg-escale-retention-preview-on = Data (AAAA-LL-ZZ; implicit astăzi).
cli-arg-escale-retention-preview-json = Rezultat în format JSON.
cli-about-escale-retention-apply = Anonimizează acum dosarele a căror durată de păstrare a fost depășită.
cli-arg-escale-retention-apply-json = Rezultat în format JSON.

cli-about-escale-audit = Jurnalul accesărilor: cine a consultat sau a modificat ce dosar și când.
cli-about-escale-audit-list = Listează jurnalul, cel mai recent mai întâi.
cli-arg-escale-audit-list-person = Doar ce privește dosarul acestei persoane.
cli-arg-escale-audit-list-limit = Numărul maxim de rânduri.
cli-arg-escale-audit-list-offset = Rânduri de sărit (pentru a citi pagina următoare).
cli-arg-escale-audit-list-json = Rezultat în format JSON.

cli-prompt-passphrase = Frază secretă:
cli-prompt-new-passphrase = Frază secretă nouă (cel puțin 10 caractere):
cli-prompt-repeat-passphrase = Repetați fraza secretă:
cli-passphrases-differ = Cele două fraze secrete sunt diferite. Nu s-a creat nimic.
cli-initialised-keyring = Baza de date criptată a fost creată în { $path }. Cheia ei este în portcheiul sistemului.
cli-initialised-passphrase = Baza de date criptată a fost creată în { $path }. Este protejată de fraza dumneavoastră secretă: fără ea, datele sunt pierdute.
cli-demo-done = Date demonstrative adăugate: { $people ->
    [one] { $people } persoană
    [few] { $people } persoane
   *[other] { $people } de persoane
}, { $activities ->
    [one] { $activities } activitate
    [few] { $activities } activități
   *[other] { $activities } de activități
}, dintre care { $workshops ->
    [one] { $workshops } atelier
    [few] { $workshops } ateliere
   *[other] { $workshops } de ateliere
}, { $procedures ->
    [one] { $procedures } demers
    [few] { $procedures } demersuri
   *[other] { $procedures } de demersuri
}.
cli-nobody-found = Nicio persoană nu corespunde.
cli-procedure-dates = Dosar: { $reference } · termen-limită: { $deadline } · reînnoire: { $renewal } · apel: { $callBack }
cli-procedure-linked-activity = Sesiune de sprijin legată: { $id } ({ $date })
cli-catalogue-hidden = (ascuns)
cli-catalogue-retired = (retras)
cli-follow-up-overdue = Întârziate ({ $count })
cli-follow-up-today = Astăzi ({ $count })
cli-follow-up-week = În următoarele 7 zile ({ $count })
cli-follow-up-nothing = Nimic de urmărit deocamdată.
cli-follow-up-count = De urmărit: { $overdue } întârziate, { $today } astăzi, { $week } în următoarele 7 zile.
cli-anonymous-person = Persoană anonimă
cli-beneficiary-details = { $birthYear ->
    [none] Anul nașterii necunoscut
   *[other] Născut(ă) în { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · limba documentelor: { $documentLanguage }
cli-output-failed = Rezultatul nu poate fi scris.
cli-consent-withdrawn-on = retras pe { $date }
cli-export-written = Datele persoanei au fost scrise în { $path }. Acest fișier nu este criptat: dați-l persoanei, apoi ștergeți-l.
cli-erase-preview-title = Ștergerea definitivă a dosarului { $name } ({ $id }):
cli-erase-preview-fields = vor fi șterse: { $fields };
cli-erase-preview-no-fields = niciun câmp de identitate sau de contact nu este completat;
cli-erase-preview-texts = vor fi golite: { $accompaniments ->
    [0] nicio notă de sesiune de sprijin
    [one] notele unei sesiuni de sprijin
    [few] notele a { $accompaniments } sesiuni de sprijin
   *[other] notele a { $accompaniments } de sesiuni de sprijin
}, { $procedures ->
    [0] niciun număr și nicio notă de demers
    [one] numărul și notele unui demers
    [few] numerele și notele a { $procedures } demersuri
   *[other] numerele și notele a { $procedures } de demersuri
}, { $statusNotes ->
    [0] nicio notă de schimbare de stare
    [one] o notă de schimbare de stare
    [few] { $statusNotes } note de schimbare de stare
   *[other] { $statusNotes } de note de schimbare de stare
};
cli-erase-preview-kept = vor rămâne, fără nume, pentru statistici: { $accompaniments ->
    [0] nicio sesiune de sprijin
    [one] o sesiune de sprijin
    [few] { $accompaniments } sesiuni de sprijin
   *[other] { $accompaniments } de sesiuni de sprijin
}, { $procedures ->
    [0] niciun demers
    [one] un demers (tip, stare, termen)
    [few] { $procedures } demersuri (tip, stare, termen)
   *[other] { $procedures } de demersuri (tip, stare, termen)
}, { $consents ->
    [0] niciun consimțământ
    [one] un consimțământ
    [few] { $consents } consimțăminte
   *[other] { $consents } de consimțăminte
}, precum și anul nașterii, genul, situația și localitatea.
cli-erase-confirm = Această ștergere este definitivă. Tastați „{ $word }” pentru a confirma:
cli-erase-confirm-word = șterge
cli-erase-cancelled = Nu s-a șters nimic.
cli-erase-needs-confirmation = Ștergerea este definitivă și nu s-a șters nimic: lansați comanda într-un terminal pentru a vedea ce va fi șters și pentru a confirma, sau adăugați --yes.
cli-erase-done = Identitatea, datele de contact și notele dosarului { $id } au fost șterse.
cli-erase-log-busy = Un alt program citește baza de date: copii vechi rămân în jurnalul lui de scriere până când ultimul program o închide.
cli-retention-months = Durata de păstrare: { $months ->
    [one] { $months } lună
    [few] { $months } luni
   *[other] { $months } de luni
} după ultima sesiune de sprijin.
cli-retention-nobody-due = Niciun dosar de anonimizat la această dată.
cli-retention-applied = { $anonymised ->
    [0] Niciun dosar anonimizat
    [one] Un dosar anonimizat
    [few] { $anonymised } dosare anonimizate
   *[other] { $anonymised } de dosare anonimizate
} (durata de păstrare, în luni: { $months }); rânduri vechi șterse din jurnal: { $pruned }.
cli-audit-empty = Jurnalul este gol.
cli-audit-more = Urmează și alte rânduri: --offset { $offset }.

## Mai mulți mediatori pe același calculator
cli-arg-escale-mediator = Mediatorul ale cărui date se deschid, când mai mulți își păstrează datele pe acest calculator (vedeți „escale mediator list”).
cli-about-escale-mediator = Mediatorii care își păstrează datele pe acest calculator, fiecare în propria bază de date, sub propria frază secretă.
cli-about-escale-mediator-list = Listează mediatorii de pe acest calculator.
cli-arg-escale-mediator-list-json = Rezultat în format JSON.
cli-about-escale-mediator-add = Adaugă un mediator: o bază de date nouă, protejată de fraza lui secretă (tastată sau din variabila ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = Numele afișat în lista mediatorilor.
cli-arg-escale-mediator-add-json = Rezultat în format JSON.
cli-about-escale-mediator-rename = Schimbă numele unui mediator în listă.
cli-arg-escale-mediator-rename-id = Identificatorul mediatorului (vedeți „escale mediator list”).
cli-arg-escale-mediator-rename-name = Numele nou.
cli-arg-escale-mediator-rename-json = Rezultat în format JSON.
cli-mediator-none = Niciun mediator nu are încă date pe acest calculator.
cli-mediator-unnamed = (fără nume)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] portcheiul sistemului
        [passphrase] frază secretă
       *[other] protecție necunoscută: folosiți cheia de recuperare
    }
cli-mediator-added = Mediator adăugat. Deschideți-i datele cu „--mediator { $id }”.
cli-mediator-choose = Mai mulți mediatori își păstrează datele pe acest calculator. Alegeți-vă numele cu „--mediator ID” (lista: „escale mediator list”).
