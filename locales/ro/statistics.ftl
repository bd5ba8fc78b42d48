## Statisticile unei perioade (ecran, linie de comandă, exporturi și raport lunar).

stats-title = Statistici
stats-open = Statistici
stats-period = Perioadă
stats-period-this-month = Luna aceasta
stats-period-last-month = Luna trecută
stats-period-this-year = Anul acesta
stats-period-custom = Perioadă aleasă
stats-from = De la
stats-to = Până la
stats-show = Afișați
stats-place = Loc
stats-place-all = Toate locurile
stats-subtitle = De la { $from } până la { $to }
stats-subtitle-place = De la { $from } până la { $to }, la { $place }
stats-empty = Nicio activitate înregistrată în această perioadă.
stats-key-figures = Cifre-cheie
stats-total-accompaniments = Sesiuni de sprijin
stats-total-people = Persoane sprijinite
stats-total-new-people = Persoane noi
stats-total-followed-people = Persoane urmărite
stats-total-anonymous-people = Persoane anonime
stats-total-individual = Sesiuni de sprijin individual
stats-total-workshop-participants = Participări la ateliere
stats-total-activities = Activități
stats-total-workshops = Ateliere
stats-months = Ultimele 12 luni
stats-months-caption = Sesiuni de sprijin și persoane sprijinite, pe luni
stats-column-month = Luna
stats-column-accompaniments = Sesiuni de sprijin
stats-column-people = Persoane
stats-column-label = Valoare
stats-column-count = Număr
stats-column-percent = Procent
stats-digital-themes = Teme de mediere digitală
stats-administrative-themes = Teme administrative
stats-equipment = Echipament folosit
stats-channels = Canale de sprijin
stats-durations = Durate
stats-places = Locuri de activitate
stats-genders = Gen
stats-age-bands = Grupe de vârstă
stats-social-statuses = Situația persoanelor
stats-communes = Localitatea de domiciliu
stats-commune-unknown = Localitate necompletată
stats-activities-note = Procent din activitățile perioadei; o activitate poate avea mai multe teme.
stats-people-note = Procent din persoanele sprijinite în perioadă.
stats-loading = Se calculează statisticile…

error-period-ends-before-start = Perioada se termină înainte să înceapă: verificați cele două date.
error-period-too-long = { $max ->
    [one] Această perioadă este prea lungă (peste { $max } zi): verificați anul celor două date.
    [few] Această perioadă este prea lungă (peste { $max } zile): verificați anul celor două date.
   *[other] Această perioadă este prea lungă (peste { $max } de zile): verificați anul celor două date.
}

cli-about-escale-stats = Cifrele unei perioade: sesiuni de sprijin, persoane, teme, locuri, pe luni (implicit luna aceasta).
cli-arg-escale-stats-from = Prima zi a perioadei (AAAA-LL-ZZ), implicit ziua de 1 a lunii.
cli-arg-escale-stats-to = Ultima zi a perioadei (AAAA-LL-ZZ), implicit astăzi.
cli-arg-escale-stats-month = O lună întreagă (AAAA-LL), în loc de --from și --to.
cli-arg-escale-stats-place = Doar activitățile din acest loc (identificatorul lui).
cli-arg-escale-stats-json = Rezultat în format JSON.
cli-stats-period = Statistici de la { $from } până la { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } sesiune de sprijin
    [few] { $count } sesiuni de sprijin
   *[other] { $count } de sesiuni de sprijin
} ({ $individual } individuale, { $workshop } în ateliere)
cli-stats-people = { $count ->
    [one] { $count } persoană sprijinită
    [few] { $count } persoane sprijinite
   *[other] { $count } de persoane sprijinite
}, dintre care { $new } noi ({ $followed } urmărite, { $anonymous } anonime)
cli-stats-activities = { $count ->
    [one] { $count } activitate
    [few] { $count } activități
   *[other] { $count } de activități
} ({ $individual } sesiuni de sprijin individual, { $workshops } ateliere)
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }: { $accompaniments } sesiuni de sprijin, { $people } persoane
