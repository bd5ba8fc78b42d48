## Exporturi în formatele platformei naționale (La Coop de la médiation numérique).
## Titlurile coloanelor din fișiere sunt cele ale platformei, în franceză, și nu sunt aici:
## sunt un format de fișier, nu text al interfeței.

export-title = Exporturi
export-intro = Escale scrie însoțirile sau beneficiarii dumneavoastră în formatul La Coop de la médiation numérique, ca să le declarați fără să le scrieți a doua oară. Fișierul este în franceză, așa cum îl așteaptă platforma.
export-what = Ce doriți să exportați?
export-what-activities = Însoțirile (un rând pentru fiecare persoană însoțită)
export-what-people = Beneficiarii (persoanele cu nume)
export-what-statistics = Statisticile perioadei (cifre-cheie, teme, locuri, persoane)
export-period = Perioadă
export-period-this-month = Luna aceasta
export-period-last-month = Luna trecută
export-period-this-year = Anul acesta
export-period-custom = Alte date
export-from = De la
export-to = Până la
export-period-reversed = Data de început este după data de sfârșit.
export-place = Loc
export-place-all = Toate locurile
export-format = Formatul fișierului
export-format-xlsx = Foaie de calcul XLSX (pentru La Coop de la médiation numérique)
export-format-csv = CSV (pentru alte programe)
export-folder = Dosarul în care se salvează (stick USB sau Documente)
export-now = Exportă
export-working = Export în curs
export-cancel = Oprește exportul
# $rows: numărul de rânduri din fișier; $name: numele fișierului.
export-done = { $rows ->
    [0] Fișier salvat, fără niciun rând pentru această perioadă: { $name }
    [one] Fișier salvat cu { $rows } rând: { $name }
    [few] Fișier salvat cu { $rows } rânduri: { $name }
   *[other] Fișier salvat cu { $rows } de rânduri: { $name }
}
export-done-folder = În dosarul: { $folder }

# Linia de comandă.
cli-about-escale-export = Exportă în formatele platformei naționale (La Coop de la médiation numérique), în XLSX sau CSV.
cli-about-escale-export-activities = Exportă însoțirile: un rând pentru fiecare persoană însoțită.
cli-about-escale-export-people = Exportă beneficiarii care au un nume.
cli-arg-escale-export-activities-from = Începând cu această dată, inclusiv (AAAA-LL-ZZ).
cli-arg-escale-export-activities-to = Până la această dată, inclusiv (AAAA-LL-ZZ).
cli-arg-escale-export-activities-place = Doar însoțirile din acest loc (identificatorul lui).
cli-arg-escale-export-activities-format = Formatul fișierului: xlsx (platforma națională) sau csv (alte programe).
cli-arg-escale-export-activities-output = Fișierul de scris, sau dosarul în care primește numele dat de platformă (dosarul curent în mod implicit).
cli-arg-escale-export-activities-json = Rezultat în JSON.
cli-arg-escale-export-people-from = Doar persoanele însoțite începând cu această dată, inclusiv (AAAA-LL-ZZ).
cli-arg-escale-export-people-to = Doar persoanele însoțite până la această dată, inclusiv (AAAA-LL-ZZ).
cli-arg-escale-export-people-place = Doar persoanele însoțite în acest loc (identificatorul lui).
cli-arg-escale-export-people-format = Formatul fișierului: xlsx (platforma națională) sau csv (alte programe).
cli-arg-escale-export-people-output = Fișierul de scris, sau dosarul în care primește numele dat de platformă (dosarul curent în mod implicit).
cli-arg-escale-export-people-json = Rezultat în JSON.
cli-about-escale-export-statistics = Exportă statisticile unei perioade: cifrele generale, ultimele 12 luni și fiecare repartiție ca număr și procent.
cli-arg-escale-export-statistics-from = Prima zi a perioadei (AAAA-LL-ZZ), implicit ziua de 1 a lunii.
cli-arg-escale-export-statistics-to = Ultima zi a perioadei (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-export-statistics-place = Doar activitățile din acest loc (identificatorul lui).
cli-arg-escale-export-statistics-format = Formatul fișierului: xlsx (platforma națională) sau csv (alte programe).
cli-arg-escale-export-statistics-output = Fișierul de scris, sau dosarul în care primește numele dat de platformă (dosarul curent în mod implicit).
cli-arg-escale-export-statistics-json = Rezultat în JSON.
cli-national-export-progress = Export
# $rows: numărul de rânduri; $path: fișierul scris.
cli-national-export-written = { $rows ->
    [one] { $rows } rând exportat în { $path }
    [few] { $rows } rânduri exportate în { $path }
   *[other] { $rows } de rânduri exportate în { $path }
}

# Eroare.
error-export-not-written = Escale nu a putut scrie acest fișier de export (eroare internă). Nu a rămas niciun fișier. Încercați din nou sau semnalați problema.
