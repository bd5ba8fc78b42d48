# Ecranul întors spre persoană: pașii ei următori în limba ei și citirea cu voce tare.
# Scrieți simplu: propoziții scurte, cuvinte obișnuite.

## În dosarul persoanei (limba mediatorului)
person-view-open = Întoarceți ecranul spre persoană
person-view-open-title = Arătați persoanei, în limba ei, doar ce o privește ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = Pentru a întoarce ecranul spre persoană, alegeți mai întâi un cod PIN: va fi cerut ca să reveniți la ecranele dumneavoastră.
person-view-pin-save = Alegeți acest cod și întoarceți ecranul
person-view-pin-cancel = Anulați

## Ecranul persoanei (în limba ei)
person-view-title = Pașii dumneavoastră următori
person-view-title-named = { $name }, iată pașii dumneavoastră următori
person-view-next-steps = Ce trebuie făcut
person-view-next-steps-none = Nimic de făcut deocamdată.
person-view-written-on = Notat pe { $date }
person-view-procedures = Demersurile dumneavoastră în curs
person-view-procedures-none = Niciun demers în curs.
person-view-status = Unde a ajuns demersul: { $status }
person-view-reference = Numărul dosarului: { $reference }
person-view-deadline = De făcut înainte de { $date }
person-view-documents-missing = { $count ->
    [one] Lipsește un document:
    [few] Lipsesc { $count } documente:
   *[other] Lipsesc { $count } de documente:
}
person-view-documents-complete = Toate documentele sunt aici.
person-view-dates = Datele dumneavoastră următoare
person-view-dates-none = Nicio dată stabilită deocamdată.
person-view-date-deadline = ultima zi pentru „{ $procedure }”
person-view-date-renewal = reînnoiți „{ $procedure }”
person-view-date-declaration = faceți declarația „{ $procedure }”
person-view-date-call_back = mediatorul vă sună pentru „{ $procedure }”
person-view-read-aloud = Ascultați
person-view-stop-reading = Opriți citirea
person-view-no-voice = Nu există voce în { $language } pe acest calculator

## Redarea ecranului mediatorului (limba mediatorului)
person-view-back = Dați ecranul înapoi mediatorului
person-view-back-explained = Doar pentru mediator: codul dumneavoastră este cerut pentru a reveni.
person-view-back-submit = Înapoi la ecranele mele
person-view-back-cancel = Anulați

## Linia de comandă
cli-about-escale-person-view = Afișează ce îi arată persoanei ecranul întors spre ea, în limba ei: pașii următori, demersurile în curs cu documentele care lipsesc, datele următoare.
cli-arg-escale-person-view-id = Identificatorul persoanei.
cli-arg-escale-person-view-json = Rezultat în JSON.

## Erori ale citirii cu voce tare
error-reading-unavailable = Programul de citire cu voce tare (espeak-ng) nu este instalat pe acest calculator.
error-reading-no-voice = Nu există voce pentru această limbă pe acest calculator.
error-reading-failed = Citirea cu voce tare nu a mers (lipsește ieșirea de sunet?).
