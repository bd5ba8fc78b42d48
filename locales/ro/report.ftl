## Raportul lunar de activitate (PDF pentru organizație și finanțatorii ei), partea lui din ecranul
## de statistici și comanda `escale report`.

report-title = Raport de activitate — { $month }
report-period-all-places = De la { $from } până la { $to }, toate locurile de activitate
report-printed-on = Data emiterii: { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = Cuvântul organizației
report-months-caption = Sesiuni de sprijin pe luni, în cele douăsprezece luni care se încheie cu luna raportului.
report-procedures = Demersurile cu cele mai multe sesiuni de sprijin
report-procedures-note = Numărul de activități legate de fiecare demers: demersuri urmărite și demersuri numite într-o sesiune de sprijin.
report-nothing = Nimic înregistrat în această lună.
documents-file-report = raport-activitate-{ $month }.pdf
audit-entity-report-note = textul raportului lunar
error-month-invalid = Această lună nu este validă: scrieți-o în forma AAAA-LL, de exemplu 2026-10.

report-section = Raport lunar
report-explanation = Un PDF pentru organizație și finanțatorii ei: cifrele lunii, graficele, temele și demersurile, locurile și localitățile, precum și textul dumneavoastră.
report-month = Luna raportului
report-note-label = Cuvântul organizației pentru această lună
report-note-help = Câteva rânduri tipărite în raport: ce a marcat luna, un loc nou, un partener. Se salvează imediat ce ieșiți din câmp.
report-note-saved = Text salvat.
report-note-count = Caractere: { $count } / { $max }
report-print = Salvați raportul în format PDF…
print-title-monthly-report = Raport lunar de activitate

cli-about-escale-report = Raportul lunar de activitate pentru organizație și finanțatorii ei, în format PDF: cifre-cheie, grafice, teme, demersuri, locuri și localități.
cli-arg-escale-report-month = Luna raportului (AAAA-LL), implicit luna trecută.
cli-arg-escale-report-place = Doar activitățile din acest loc (identificatorul lui).
cli-arg-escale-report-text = Cuvântul organizației pentru această lună, păstrat pentru tipăririle următoare ("" îl șterge).
cli-arg-escale-report-text_file = Același text, citit dintr-un fișier text (UTF-8).
cli-arg-escale-report-out = Fișierul PDF de scris (înlocuit dacă există deja); altfel, numele raportului, în dosarul curent.
cli-report-text-not-read = Fișierul { $path } nu poate fi citit ca text: verificați că există și că este salvat în UTF-8.
