# Mai mulți mediatori pe același calculator: fiecare cu datele lui, sub propria frază secretă.

mediator-choice-title = Cine folosește Escale?
mediator-choice-intro = Mai mulți mediatori își păstrează datele pe acest calculator. Fiecare le vede doar pe ale sale. Alegeți-vă numele.
mediator-unnamed = Mediatorul nr. { $number }
mediator-add-open = Adăugați un mediator pe acest calculator
mediator-add-title = Un mediator nou
mediator-add-intro = Veți avea propriile date, protejate de fraza dumneavoastră secretă. Ceilalți mediatori de pe acest calculator nu le vor putea citi, iar dumneavoastră nu le veți citi pe ale lor.
mediator-add-keyring-first = { $count ->
        [one] Datele unui mediator de pe acest calculator sunt încă protejate de portcheiul contului, pe care îl poate deschide oricine folosește acest cont. Mai întâi, el trebuie să aleagă o frază secretă (Securitate, „Protejați cu această frază secretă”).
        [few] Datele a { $count } mediatori de pe acest calculator sunt încă protejate de portcheiul contului, pe care îl poate deschide oricine folosește acest cont. Mai întâi, ei trebuie să aleagă o frază secretă (Securitate, „Protejați cu această frază secretă”).
       *[other] Datele a { $count } de mediatori de pe acest calculator sunt încă protejate de portcheiul contului, pe care îl poate deschide oricine folosește acest cont. Mai întâi, ei trebuie să aleagă o frază secretă (Securitate, „Protejați cu această frază secretă”).
    }
mediator-name = Numele dumneavoastră, așa cum va apărea în lista mediatorilor
mediator-add = Creați datele mele
mediator-switch = { $name } · schimbați mediatorul
mediator-switch-title = Închideți datele dumneavoastră și reveniți la lista mediatorilor
mediator-settings-title = Mediatorii de pe acest calculator
mediator-settings-alone = Sunteți singura persoană care păstrează date Escale pe acest calculator. Un coleg își poate adăuga aici datele lui: vor fi separate de ale dumneavoastră, fiecare set sub propria frază secretă.
mediator-settings-shared = { $count ->
        [one] Un mediator își păstrează datele pe acest calculator.
        [few] { $count } mediatori își păstrează datele pe acest calculator, fiecare sub propria frază secretă.
       *[other] { $count } de mediatori își păstrează datele pe acest calculator, fiecare sub propria frază secretă.
    }
mediator-settings-keyring-first = Înainte de a adăuga un coleg, protejați-vă datele cu o frază secretă (mai sus): portcheiul contului se deschide pentru oricine folosește acest cont al calculatorului.
mediator-own-name = Numele dumneavoastră în lista mediatorilor
mediator-save-name = Salvați numele
mediator-name-saved = Nume salvat.
unlock-mediator = Datele: { $name }.
unlock-other-mediator = Nu sunt eu: alegeți alt mediator
