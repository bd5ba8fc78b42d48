# Drepturile persoanei: copia ușor de citit a datelor ei (dreptul de acces) și jurnalul accesărilor.

access-document-title = Datele dumneavoastră personale în Escale
access-document-intro = Acest document conține tot ce înregistrează despre dumneavoastră în Escale organizația care vă sprijină, la data de { $date }.
# Un rând „etichetă: valoare”.
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = necompletat
access-none = Nimic.
access-erased = Identitatea, datele de contact și notele despre dumneavoastră au fost șterse pe { $date }.

access-section-identity = Identitate și date de contact
access-section-consents = Consimțăminte
access-section-accompaniments = Sesiuni de sprijin
access-section-procedures = Demersuri administrative
access-section-audit = Cine a consultat sau a modificat dosarul dumneavoastră și când

access-label-id = Identificatorul dosarului
access-label-birth-year = Anul nașterii
access-label-gender = Gen
access-label-social-status = Situație
access-label-commune = Localitate
access-commune = { $name } ({ $postalCode }, cod INSEE { $inseeCode })
access-consent = Consimțământ dat pe { $date } ({ $method }) pentru: { $purposes }.
access-consent-withdrawn = Retras pe { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Teme
access-label-workshop = Atelier
access-label-autonomy = Autonomie
access-label-orientation = Îndrumare
access-label-procedure-name = Demers
access-label-next-steps = Pașii următori
access-procedure = { $kind } — { $status }
access-label-reference = Numărul dosarului
access-label-deadline = Termen
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Acțiunile din jurnalul accesărilor (coduri din crates/escale-core/src/privacy/audit.rs).
audit-action-create = creare
audit-action-update = modificare
audit-action-status-change = schimbare de stare
audit-action-delete = ștergere
audit-action-view = consultare
audit-action-export = exportul datelor
audit-action-erase = ștergere definitivă
audit-action-anonymise = anonimizare (durata de păstrare a fost depășită)
audit-action-withdraw = retragerea consimțământului
audit-action-restore = restabilire (ștergere sau unire anulată)
audit-action-merge = unirea a două fișe

# La ce se referă un rând din jurnal.
audit-entity-beneficiary = dosarul persoanei
audit-entity-activity = sesiune de sprijin
audit-entity-procedure = demers
audit-entity-consent = consimțământ
audit-entity-place = loc de activitate
audit-entity-structure = organizație
audit-entity-setting = setare
audit-entity-catalogue-entry = demers din catalog

privacy-title = Date personale și drepturile persoanei
privacy-consents = Consimțământ
privacy-no-consent = Niciun consimțământ înregistrat.
privacy-consent-line = Dat pe { $date } ({ $method })
privacy-consent-withdrawn-on = Retras pe { $date }
privacy-withdraw = Retrageți acest consimțământ astăzi
privacy-consent-date = Data consimțământului
privacy-consent-method = Cum
privacy-consent-purposes = Pentru ce
privacy-record-consent = Înregistrați consimțământul
privacy-consent-recorded = Consimțământ înregistrat.
privacy-consent-withdrawn = Retragerea consimțământului a fost înregistrată.
privacy-access = Copia datelor (dreptul de acces)
privacy-access-explanation = Două fișiere: un text ușor de citit în limba persoanei și toate datele în format JSON. Numele fișierelor nu conține niciun nume de persoană.
privacy-export-folder = Dosarul în care se salvează
privacy-usb-key = Stick USB
privacy-documents = Documente
privacy-export = Salvați copia datelor
privacy-exported = Copie salvată:
privacy-erasure = Ștergere definitivă
privacy-erasure-explanation = Șterge definitiv identitatea, datele de contact și notele acestei persoane. Sesiunile de sprijin rămân numărate, fără nume, pentru statistici.
privacy-erase = Ștergeți datele acestei persoane…
privacy-erasure-question = Ștergeți definitiv datele acestei persoane?
privacy-erasure-goes = Ce va fi șters:
privacy-erasure-accompaniment-notes = { $count ->
    [one] notele și pașii următori ai unei sesiuni de sprijin
    [few] notele și pașii următori a { $count } sesiuni de sprijin
   *[other] notele și pașii următori a { $count } de sesiuni de sprijin
}
privacy-erasure-procedure-texts = { $count ->
    [one] numărul dosarului și notele unui demers
    [few] numerele de dosar și notele a { $count } demersuri
   *[other] numerele de dosar și notele a { $count } de demersuri
}
privacy-erasure-status-notes = { $count ->
    [one] o notă despre evoluția unui demers
    [few] { $count } note despre evoluția demersurilor
   *[other] { $count } de note despre evoluția demersurilor
}
privacy-erasure-keeps = Rămân, fără nume, pentru statistici: { $accompaniments ->
    [one] { $accompaniments } sesiune de sprijin
    [few] { $accompaniments } sesiuni de sprijin
   *[other] { $accompaniments } de sesiuni de sprijin
} și { $procedures ->
    [one] { $procedures } demers
    [few] { $procedures } demersuri
   *[other] { $procedures } de demersuri
}. Această ștergere nu poate fi anulată.
privacy-erasure-cancel = Nu ștergeți
privacy-erasure-confirm = Ștergeți definitiv
privacy-erased = Datele persoanei au fost șterse.
audit-title = Jurnalul consultărilor și modificărilor
audit-when = Când
audit-what = Acțiune
audit-which = Ce
audit-open-file = Deschideți dosarul
audit-more = Afișați mai multe
audit-empty = Nimic în jurnal.
retention-title = Durata de păstrare
retention-explanation = Dosarele fără nicio sesiune de sprijin în această perioadă sunt anonimizate la deschiderea Escale. Statisticile nu se schimbă.
retention-months = Păstrați dosarele inactive timp de (luni)
retention-save = Salvați durata
retention-saved = Durata de păstrare a fost salvată.
retention-preview-title = Dosare anonimizate în următoarele 30 de zile
retention-preview-none = Niciun dosar nu va fi anonimizat în următoarele 30 de zile.
retention-preview-line = { $name } — ultima sesiune de sprijin pe { $last }, anonimizat pe { $on }
retention-preview-more = Și încă { $count }.
