# Ecranul „Importă persoane” al ferestrei: fișierul, coloanele, previzualizarea, importul.

import-ui-open = Importă persoane
import-ui-title = Importul persoanelor
import-ui-intro = Din modelul de import al La Coop de la médiation numérique sau din orice foaie de calcul (XLSX sau CSV). Nimic nu este salvat înainte de ultimul pas.

## 1. Fișierul

import-ui-step-file = 1. Fișierul
import-ui-found-files = Foi de calcul găsite în documentele dvs. și pe stickurile USB
import-ui-found-files-choose = { $count ->
    [one] Alegeți dintre { $count } fișier găsit…
    [few] Alegeți dintre { $count } fișiere găsite…
   *[other] Alegeți dintre { $count } de fișiere găsite…
}
import-ui-found-in-documents = { $name } (documente)
import-ui-found-on-key = { $name } (stick USB)
import-ui-path = Calea fișierului de importat (XLSX sau CSV)
import-ui-path-help = Tastați calea completă a fișierului sau alegeți-l din lista de mai sus.
import-ui-path-help-typed = Tastați calea completă a fișierului (nu s-a găsit nicio foaie de calcul în documentele dvs. sau pe un stick USB).
import-ui-read = Citește fișierul
import-ui-read-again = Citește din nou fișierul
import-ui-reading = Se citește fișierul…
import-ui-file-read = Fișier citit: { $name }
import-ui-sheet = Foaia registrului de citit
error-import-ui-path-required = Indicați fișierul de importat.
error-import-file-not-read = Fișierul nu mai este în memorie: citiți-l din nou.

## 2. Coloanele

import-ui-step-columns = 2. Coloanele
import-ui-national-template = Modelul de import al La Coop de la médiation numérique a fost recunoscut: coloanele lui sunt cunoscute, nu e nimic de ales.
import-ui-columns-intro = Pentru fiecare informație, coloana fișierului care o conține. Escale a ghicit-o după titlurile coloanelor: verificați și schimbați-o dacă e nevoie.
import-ui-header-line = Rândul titlurilor coloanelor
import-ui-header-line-help = Persoanele sunt pe rândurile următoare. Schimbați-l dacă Escale a ales rândul greșit.
import-ui-column-none = Nu importa
import-ui-column-option = Coloana { $letter }: { $header }
import-ui-column-option-untitled = Coloana { $letter } (fără titlu)
import-ui-column-example = Exemplu: { $example }
import-ui-name-column-needed = Alegeți coloana numelui sau a prenumelui: fără ea, nicio persoană nu poate fi importată.

## 3. Previzualizarea

import-ui-step-preview = 3. Ce va fi importat
import-ui-previewing = Se actualizează previzualizarea…
import-ui-accepted = { $count ->
    [one] { $count } persoană va fi importată
    [few] { $count } persoane vor fi importate
   *[other] { $count } de persoane vor fi importate
} (din { $lines ->
    [one] { $lines } rând citit
    [few] { $lines } rânduri citite
   *[other] { $lines } de rânduri citite
}).
import-ui-duplicates = { $count ->
    [one] { $count } dublură probabilă (același nume și același an al nașterii).
    [few] { $count } dubluri probabile (același nume și același an al nașterii).
   *[other] { $count } de dubluri probabile (același nume și același an al nașterii).
}
import-ui-rejected = { $count ->
    [one] { $count } rând respins.
    [few] { $count } rânduri respinse.
   *[other] { $count } de rânduri respinse.
}
import-ui-duplicates-title = Dubluri probabile
import-ui-duplicate-of-existing = Rândul { $line }: { $name } seamănă cu { $count ->
    [one] o persoană deja înregistrată
    [few] { $count } persoane deja înregistrate
   *[other] { $count } de persoane deja înregistrate
}: { $existing }.
import-ui-duplicate-of-line = Rândul { $line }: { $name }, același nume și același an al nașterii ca rândul { $earlier } al fișierului.
import-ui-skip-duplicates = Nu importa dublurile probabile
import-ui-rejected-title = Rânduri respinse
import-ui-remarks-title = Rânduri importate cu o observație
import-ui-table-line = Rând
import-ui-table-field = Câmp
import-ui-table-reason = Motiv
import-ui-more-issues = { $count ->
    [one] … și încă { $count }: raportul le dă pe toate.
    [few] … și încă { $count }: raportul le dă pe toate.
   *[other] … și încă { $count }: raportul le dă pe toate.
}

## Raportul

import-ui-report-title = Raportul rândurilor respinse
import-ui-report-help = Un fișier CSV cu fiecare rând respins și motivul său, fiecare observație și fiecare dublură probabilă. Conține doar numere de rând și motive, niciun nume.
import-ui-report-folder = Dosarul în care se salvează raportul
import-ui-save-report = Salvează raportul
import-ui-report-saved = Raportul „{ $name }” a fost salvat:
error-import-ui-folder-required = Indicați dosarul în care se salvează raportul.

## 4. Importul

import-ui-step-import = 4. Importul
import-ui-all-or-nothing = Totul sau nimic: dacă importul este anulat sau se oprește, nicio persoană nu este salvată.
import-ui-run = { $count ->
    [one] Importă { $count } persoană
    [few] Importă { $count } persoane
   *[other] Importă { $count } de persoane
}
import-ui-nothing-to-import = Nicio persoană de importat: corectați fișierul sau coloanele alese.
import-ui-importing = Se importă persoanele
import-ui-cancel = Anulează importul
import-ui-cancelled = Import anulat: nicio persoană nu a fost salvată.
import-ui-done-title = Import terminat
import-ui-done = { $count ->
    [one] { $count } persoană importată.
    [few] { $count } persoane importate.
   *[other] { $count } de persoane importate.
}
import-ui-done-skipped = { $count ->
    [one] { $count } dublură probabilă lăsată deoparte.
    [few] { $count } dubluri probabile lăsate deoparte.
   *[other] { $count } de dubluri probabile lăsate deoparte.
}
import-ui-done-rejected = { $count ->
    [one] { $count } rând respins nu a fost importat.
    [few] { $count } rânduri respinse nu au fost importate.
   *[other] { $count } de rânduri respinse nu au fost importate.
}
import-ui-back-to-list = Înapoi la lista persoanelor
import-ui-import-another = Importă alt fișier
