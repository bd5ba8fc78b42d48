# Documentele tipărite (PDF) pe care persoana le ia acasă: rezumatul întâlnirii, urmărirea unui
# demers, acordul privind datele. Sunt citite de persoane care citesc puțin: propoziții
# scurte, cuvinte obișnuite, „dumneavoastră”. Fiecare document este tipărit în franceză și în
# limba persoanei, alături.
# Cuvintele din vocabular (teme, stări, documente) și ecranul întors spre persoană
# (person-view-*) sunt preluate ca atare din fișierele lor.

## Pe fiecare pagină
documents-page = Pagina { $page } din { $pages }
documents-for-person = Pentru: { $name }
# Numele propus pentru fișier: niciodată numele persoanei.
documents-file-summary = rezumat-intalnire-{ $date }.pdf
documents-file-procedure = urmarire-demers-{ $date }.pdf
documents-file-consent = acord-date-{ $date }.pdf

## Rezumatul întâlnirii
documents-summary-title = Rezumatul întâlnirii dumneavoastră
documents-summary-with-mediator = Cu { $mediator }, { $structure }
documents-summary-with-structure = Cu { $structure }
documents-summary-when-where = Pe { $date } — { $place }
documents-summary-done = Ce am făcut
documents-summary-procedure-typed = Demers: { $procedure }
documents-summary-procedure-followed = Demers urmărit: { $procedure }
documents-summary-workshop = Atelier: { $title }
documents-column-procedure = Demers
documents-column-status = Unde a ajuns
documents-column-reference = Numărul dosarului
documents-column-deadline = De făcut înainte de
documents-summary-next-steps = Ce trebuie făcut acum
documents-summary-typed-by-mediator = Mediatorul dumneavoastră a scris:
documents-summary-next-steps-none = Nimic altceva deocamdată.
documents-summary-bring = Documente de adus data viitoare
documents-summary-bring-hint = Bifați căsuța când aveți documentul.
documents-summary-bring-none = Nu trebuie să aduceți niciun document.
documents-summary-next-date = Următoarea întâlnire
documents-summary-call-back = Mediatorul dumneavoastră vă va suna pe { $date }.
documents-summary-no-date = Încă nu există o dată. Scrieți-o aici:
documents-summary-write-date = Data: ____________    Ora: ________
documents-date-line = { $date }: { $what }
documents-contacts = Contacte utile
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Program de lucru: { $hours }

## Urmărirea unui demers
documents-procedure-title = Urmărirea demersului dumneavoastră
documents-procedure-organisation = Instituția: { $organisation }
documents-procedure-since = Din { $date }
documents-procedure-no-reference = Încă nu există un număr de dosar.
documents-procedure-dates = Date de reținut
documents-procedure-renewal = De reînnoit înainte de { $date }
documents-procedure-declaration = Următoarea declarație pe { $date }
documents-procedure-call-back = Mediatorul dumneavoastră vă va suna pe { $date }.
documents-procedure-no-dates = Nicio dată de reținut deocamdată.
documents-procedure-documents = Documentele
documents-procedure-documents-count = { $missing ->
    [0] Toate documentele sunt aici.
    [one] Mai lipsește un document.
    [few] Mai lipsesc { $missing } documente.
   *[other] Mai lipsesc { $missing } de documente.
}
documents-procedure-brought = { $document } (adus pe { $date })
documents-procedure-no-documents = Nu se cere niciun document.
documents-procedure-history = Etapele
documents-column-date = Data
documents-column-step = Etapa
documents-column-note = Notă
documents-step-reopened = Redeschis: { $status }

## Acordul privind datele personale
documents-consent-title = Informațiile și acordul dumneavoastră
documents-consent-intro = { $structure ->
    [none] Vă ajutăm în demersurile dumneavoastră.
   *[other] { $structure } vă ajută în demersurile dumneavoastră.
} Ca să vă putem ajuta bine, păstrăm câteva informații despre dumneavoastră. Ele rămân pe calculatorul mediatorului dumneavoastră, protejate de o parolă. Ele nu sunt pe internet.
documents-consent-what = Ce păstrăm
documents-consent-what-identity = Numele, anul nașterii, localitatea, telefonul și e-mailul dumneavoastră, precum și limbile pe care le vorbiți.
documents-consent-what-visits = Întâlnirile dumneavoastră: data, subiectul, durata și ce mai este de făcut.
documents-consent-what-procedures = Demersurile dumneavoastră: numărul dosarului, datele, documentele aduse sau care lipsesc.
documents-consent-why = De ce
documents-consent-tick = Bifați ce acceptați:
documents-consent-statistics = Fără numele dumneavoastră, întâlnirile dumneavoastră sunt numărate în statisticile medierii digitale.
documents-consent-how-long = Cât timp
documents-consent-retention = { $months ->
    [one] Vă păstrăm informațiile timp de { $months } lună după ultima dumneavoastră întâlnire. Apoi vă ștergem numele și datele de contact.
    [few] Vă păstrăm informațiile timp de { $months } luni după ultima dumneavoastră întâlnire. Apoi vă ștergem numele și datele de contact.
   *[other] Vă păstrăm informațiile timp de { $months } de luni după ultima dumneavoastră întâlnire. Apoi vă ștergem numele și datele de contact.
}
documents-consent-rights = Drepturile dumneavoastră
documents-consent-right-access = Puteți primi o copie a tuturor informațiilor dumneavoastră.
documents-consent-right-correct = Puteți cere să fie corectată o informație greșită.
documents-consent-right-erase = Puteți cere ștergerea informațiilor dumneavoastră.
documents-consent-right-withdraw = Vă puteți retrage acordul oricând doriți. Ajutorul pe care îl primiți nu se schimbă.
documents-consent-how = { $structure ->
    [none] Pentru aceasta, vorbiți cu mediatorul dumneavoastră.
   *[other] Pentru aceasta, vorbiți cu mediatorul dumneavoastră sau contactați { $structure }.
}
documents-consent-complaint = Dacă răspunsul nostru nu vă mulțumește, puteți scrie la CNIL (autoritatea franceză pentru protecția datelor personale, www.cnil.fr).
documents-consent-sign = Acordul dumneavoastră
documents-consent-sign-text = Am citit acest document sau mi-a fost citit. Accept ce am bifat.
documents-signature-person = Data și semnătura persoanei
documents-signature-mediator = Data și semnătura mediatorului

## Linia de comandă
cli-about-escale-pdf = Tipărește un document pentru persoană, în PDF, în franceză și în limba ei. Cu --lang, în limba dată, alături de franceză („fr”: doar franceză).
cli-about-escale-pdf-summary = Rezumatul unei întâlniri: ce s-a făcut, demersurile în curs, ce trebuie făcut, documentele de adus, contactele.
cli-about-escale-pdf-procedure = Urmărirea unui demers: etapele, documentele aduse și cele care lipsesc, numărul dosarului, datele.
cli-about-escale-pdf-consent = Acordul privind datele: ce păstrează Escale, de ce, cât timp, drepturile persoanei, un loc pentru semnătură.
cli-arg-escale-pdf-summary-id = Identificatorul sesiunii de sprijin.
cli-arg-escale-pdf-procedure-id = Identificatorul demersului.
cli-arg-escale-pdf-consent-id = Identificatorul persoanei.
cli-arg-escale-pdf-summary-out = Fișierul PDF de scris (înlocuit dacă există deja).
cli-arg-escale-pdf-procedure-out = Fișierul PDF de scris (înlocuit dacă există deja).
cli-arg-escale-pdf-consent-out = Fișierul PDF de scris (înlocuit dacă există deja).
cli-pdf-written = { $pages ->
    [one] Document salvat: { $path } ({ $pages } pagină).
    [few] Document salvat: { $path } ({ $pages } pagini).
   *[other] Document salvat: { $path } ({ $pages } de pagini).
}
