# Setările organizației: organizația (nume, SIRET, date de contact), locurile ei de activitate și
# lista partenerilor locali către care pot fi îndrumate persoanele.

## Jurnalul accesărilor
audit-action-archive = arhivare
audit-entity-partner = partener

## Linie de comandă: organizația
cli-about-escale-structure = Organizația: nume, SIRET, adresă și date de contact.
cli-about-escale-structure-show = Afișează organizația.
cli-arg-escale-structure-show-json = Rezultat în format JSON.
cli-about-escale-structure-set = Completează datele organizației; se schimbă doar opțiunile date.
cli-arg-escale-structure-set-name = Numele organizației.
cli-arg-escale-structure-set-siret = Numărul SIRET (14 cifre, spațiile sunt permise; "" pentru a-l șterge).
cli-arg-escale-structure-set-address = Adresă.
cli-arg-escale-structure-set-insee = Codul INSEE al localității ("" pentru a-l șterge).
cli-arg-escale-structure-set-postal_code = Cod poștal.
cli-arg-escale-structure-set-commune = Numele localității (dedus din codul INSEE dacă lipsește).
cli-arg-escale-structure-set-phone = Telefon.
cli-arg-escale-structure-set-email = Adresă de e-mail.
cli-arg-escale-structure-set-json = Rezultat în format JSON.
cli-structure-none = Nicio organizație nu este încă completată (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Adresă: { $address }
    Localitate: { $commune }
    Telefon: { $phone }
    E-mail: { $email }

## Linie de comandă: locurile de activitate
cli-about-escale-place = Locuri de activitate (oficiul poștal, stațiile autobuzului…): adăugare, modificare, listare, arhivare.
cli-about-escale-place-add = Adaugă un loc de activitate.
cli-arg-escale-place-add-name = Numele locului.
cli-arg-escale-place-add-address = Adresă.
cli-arg-escale-place-add-insee = Codul INSEE al localității.
cli-arg-escale-place-add-postal_code = Cod poștal.
cli-arg-escale-place-add-commune = Numele localității.
cli-arg-escale-place-add-json = Rezultat în format JSON.
cli-about-escale-place-edit = Modifică un loc de activitate; se schimbă doar opțiunile date.
cli-arg-escale-place-edit-id = Identificatorul locului.
cli-arg-escale-place-edit-name = Numele nou.
cli-arg-escale-place-edit-address = Adresa nouă.
cli-arg-escale-place-edit-insee = Codul INSEE al localității ("" pentru a-l șterge).
cli-arg-escale-place-edit-postal_code = Cod poștal.
cli-arg-escale-place-edit-commune = Numele localității.
cli-arg-escale-place-edit-json = Rezultat în format JSON.
cli-about-escale-place-list = Listează locurile de activitate propuse.
cli-arg-escale-place-list-json = Rezultat în format JSON.
cli-about-escale-place-archive = Arhivează un loc: nu mai este propus, sesiunile de sprijin trecute își păstrează numele locului.
cli-arg-escale-place-archive-id = Identificatorul locului.
cli-arg-escale-place-archive-json = Rezultat în format JSON.
cli-place-none = Niciun loc de activitate.
cli-place-archived = Loc arhivat: { $name } ({ $id }). Nu mai este propus; sesiunile de sprijin trecute își păstrează numele locului.

## Linie de comandă: partenerii
cli-about-escale-partner = Lista partenerilor locali (CAF, CCAS, France Services, mission locale…): adăugare, modificare, listare, arhivare.
cli-about-escale-partner-add = Adaugă un partener în listă.
cli-arg-escale-partner-add-name = Numele partenerului.
cli-arg-escale-partner-add-kind = Tip: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives sau autre.
cli-arg-escale-partner-add-address = Adresă.
cli-arg-escale-partner-add-insee = Codul INSEE al localității.
cli-arg-escale-partner-add-postal_code = Cod poștal.
cli-arg-escale-partner-add-commune = Numele localității.
cli-arg-escale-partner-add-phone = Telefon (numerele scurte precum 3230 sunt acceptate).
cli-arg-escale-partner-add-email = Adresă de e-mail.
cli-arg-escale-partner-add-hours = Program de lucru (text liber, se pot folosi mai multe rânduri).
cli-arg-escale-partner-add-notes = Note (cui să vă adresați, acte de adus…).
cli-arg-escale-partner-add-json = Rezultat în format JSON.
cli-about-escale-partner-edit = Modifică un partener; se schimbă doar opțiunile date.
cli-arg-escale-partner-edit-id = Identificatorul partenerului.
cli-arg-escale-partner-edit-name = Numele nou.
cli-arg-escale-partner-edit-kind = Tipul nou (vedeți „escale partner add --help”).
cli-arg-escale-partner-edit-address = Adresa nouă.
cli-arg-escale-partner-edit-insee = Codul INSEE al localității ("" pentru a-l șterge).
cli-arg-escale-partner-edit-postal_code = Cod poștal.
cli-arg-escale-partner-edit-commune = Numele localității.
cli-arg-escale-partner-edit-phone = Telefon.
cli-arg-escale-partner-edit-email = Adresă de e-mail.
cli-arg-escale-partner-edit-hours = Program de lucru.
cli-arg-escale-partner-edit-notes = Note.
cli-arg-escale-partner-edit-json = Rezultat în format JSON.
cli-about-escale-partner-list = Listează partenerii, în ordine alfabetică.
cli-arg-escale-partner-list-kind = Doar partenerii de acest tip.
cli-arg-escale-partner-list-json = Rezultat în format JSON.
cli-about-escale-partner-archive = Scoate un partener din listă.
cli-arg-escale-partner-archive-id = Identificatorul partenerului.
cli-arg-escale-partner-archive-json = Rezultat în format JSON.
cli-partner-none = Niciun partener în listă.
cli-partner-archived = Partener scos din listă: { $name } ({ $id }).

## Fereastra: ecranul setărilor organizației
settings-title = Organizația
settings-sections = Părțile ecranului
settings-saved = Salvat.
settings-edit = Modificați
settings-edit-named = Modificați { $name }
settings-archive = Arhivați
settings-archive-named = Arhivați { $name }
settings-save-changes = Salvați modificările
settings-address = Adresă
settings-commune = Localitate
settings-phone = Telefon
settings-email = Adresă de e-mail

settings-structure-title = Organizația
settings-structure-help = Aceste informații apar pe documentele înmânate persoanelor.
settings-structure-name = Numele organizației
settings-structure-siret = Numărul SIRET
settings-structure-siret-help = 14 cifre, de pe avis de situation Insee sau de pe un fluturaș de salariu. Opțional.
settings-structure-save = Salvați organizația
settings-structure-saved = Informațiile organizației au fost salvate.
settings-mediators-title = Mediatoarele și mediatorii de pe acest calculator
settings-mediators-help = Fiecare își păstrează datele sub propria frază secretă.
settings-mediators-manage = Adăugați un mediator sau schimbați-vă numele (ecranul Securitate)

settings-places-title = Locuri de activitate
settings-places-help = Locurile propuse când se înregistrează o sesiune de sprijin (oficiul poștal, stațiile autobuzului, sala unei asociații…). Un loc arhivat nu mai este propus; sesiunile de sprijin trecute își păstrează numele locului.
settings-places-empty = Niciun loc de activitate deocamdată.
settings-place-add-open = Adăugați un loc
settings-place-add = Adăugați acest loc
settings-place-new-title = Loc de activitate nou
settings-place-edit-title = Modificați locul de activitate
settings-place-name = Numele locului
settings-place-added = Loc adăugat: { $name }.
settings-place-saved = Loc salvat: { $name }.
settings-place-archived = Loc arhivat: { $name }.
settings-place-archive-title = Arhivați „{ $name }”?
settings-place-archive-text = Nu va mai fi propus pentru sesiunile de sprijin noi. Sesiunile de sprijin deja înregistrate își păstrează numele locului.

settings-partners-title = Parteneri
settings-partners-help = Lista organizațiilor către care pot fi îndrumate persoanele (CAF, CCAS, France Services, mission locale…): datele lor de contact și programul lor vor putea apărea pe documentele înmânate.
settings-partners-empty = Niciun partener în listă deocamdată.
settings-partners-empty-kind = Niciun partener de acest tip.
settings-partner-filter = Afișați
settings-partner-filter-all = Toți partenerii
settings-partner-add-open = Adăugați un partener
settings-partner-add = Adăugați acest partener
settings-partner-new-title = Partener nou
settings-partner-edit-title = Modificați partenerul
settings-partner-name = Numele partenerului
settings-partner-kind = Tipul organizației
settings-partner-hours = Program de lucru
settings-partner-hours-help = Așa cum l-ați spune persoanei, pe mai multe rânduri dacă este nevoie: „Luni–vineri 8:30–12:00”.
settings-partner-notes = Note
settings-partner-notes-help = Pentru dumneavoastră: cui să vă adresați, acte de adus… Nu apar pe documentele înmânate.
settings-partner-added = Partener adăugat: { $name }.
settings-partner-saved = Partener salvat: { $name }.
settings-partner-archived = Partener scos din listă: { $name }.
settings-partner-archive-title = Scoateți „{ $name }” din listă?
settings-partner-archive-text = Nu va mai fi propus. Îl veți putea adăuga din nou dacă este nevoie.
