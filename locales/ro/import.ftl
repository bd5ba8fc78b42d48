# Importul de persoane dintr-un fișier (modelul de import al La Coop de la médiation numérique, foaie de calcul, CSV).

## Fișiere care nu pot fi citite

error-import-file-empty = Fișierul este gol: nicio celulă nu este completată.
error-import-file-too-large = Fișierul este prea mare (peste { $max } MB). Împărțiți-l în mai multe fișiere.
error-import-not-a-spreadsheet = Acest fișier nu este o foaie de calcul care poate fi citită (XLSX sau CSV). Poate fi deteriorat sau incomplet: salvați-l din nou din programul de calcul tabelar, în format XLSX sau CSV.
error-import-sheet-missing = Registrul nu are nicio foaie „{ $sheet }”. Foile sale: { $sheets }.
error-import-too-many-rows = Fișierul are prea multe rânduri (limita este { $max }). Împărțiți-l în mai multe fișiere.
error-import-too-many-columns = Fișierul are prea multe coloane (limita este { $max }).
error-import-cell-too-long = Celula { $column }{ $line } este prea lungă (limita pe celulă este de { $max } caractere).
error-import-header-row-missing = Rândul { $line } din fișier este gol sau nu există: nu poate conține titlurile coloanelor.
error-import-column-unknown = Nicio coloană „{ $column }” în fișier: indicați litera ei (A, B, C…) sau titlul ei.
error-import-field-unknown = „{ $field }” nu este un câmp al unei persoane. Câmpuri: { $fields }.
error-import-name-column-missing = Nicio coloană din fișier nu a fost recunoscută ca nume sau prenume. Indicați-o (de exemplu --column last-name=A).

## Observații despre un rând importat

error-import-commune-not-found = Localitatea nu a fost găsită în lista oficială: persoana este importată fără localitate.
error-import-commune-ambiguous = Mai multe localități au acest nume: persoana este importată fără localitate. Adăugați codul poștal pentru a alege.
import-duplicate-of-line = Același nume și același an de naștere ca rândul { $line } din fișier.
import-duplicate-of-existing = Același nume și același an de naștere ca persoane deja înregistrate (număr: { $count }).

## Câmpuri

import-field-name = Nume și prenume
import-field-lastName = Nume
import-field-firstName = Prenume
import-field-birthYear = Anul nașterii
import-field-gender = Gen
import-field-socialStatus = Situație
import-field-commune = Localitate
import-field-communeInseeCode = Cod INSEE
import-field-communePostalCode = Cod poștal
import-field-phone = Telefon
import-field-email = Adresă de e-mail
import-field-notes = Note

## Raportul rândurilor refuzate (fișier CSV)

import-report-line = Rând
import-report-field = Câmp
import-report-reason = Motiv
import-report-outcome = Rezultat
import-report-refused = Rând refuzat
import-report-kept = Importat
import-report-likely-duplicate = Dublură probabilă

## Linia de comandă

cli-about-escale-import = Importă date dintr-un alt instrument.
cli-about-escale-import-people = Importă persoane dintr-un fișier XLSX sau CSV (modelul de import al La Coop de la médiation numérique este recunoscut ca atare). Arată mai întâi ce va fi importat, dublurile probabile și rândurile refuzate; totul sau nimic.
cli-arg-escale-import-people-file = Fișierul de importat (XLSX sau CSV).
cli-arg-escale-import-people-sheet = Foaia registrului care se citește (prima, implicit).
cli-arg-escale-import-people-header_row = Rândul cu titlurile coloanelor (găsit automat, implicit); persoanele sunt pe rândurile următoare.
cli-arg-escale-import-people-column = Unde se citește un câmp: CÂMP=COLOANĂ, coloana după literă sau titlu (de exemplu phone=G, notes="Observații"); CÂMP=- pentru a nu-l citi. Câmpuri: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Arată ce s-ar importa, fără a salva nimic.
cli-arg-escale-import-people-skip_duplicates = Nu importa dublurile probabile.
cli-arg-escale-import-people-rejects = Salvează raportul rândurilor refuzate și al observațiilor în acest fișier CSV.
cli-arg-escale-import-people-json = Rezultat în JSON.

cli-import-national-template = Modelul de import al La Coop de la médiation numérique a fost recunoscut: foaia „{ $sheet }”, persoane de la rândul { $line }.
cli-import-column = { $field }: coloana { $column }
cli-import-summary = Rânduri citite: { $lines }; persoane de importat: { $accepted }; rânduri refuzate: { $rejected }.
cli-import-duplicates = Dubluri probabile (același nume și același an de naștere): { $count }.
cli-import-issue = Rândul { $line } ({ $field }): { $reason }
cli-import-more-issues = … și alte observații: { $count } (raportul --rejects le conține pe toate).
cli-import-report-written = Raport salvat în { $path }.
cli-import-dry-run = Probă: nu s-a salvat nimic.
cli-import-progress = Importul persoanelor
cli-import-done = Persoane importate: { $imported }.
cli-import-skipped-duplicates = Dubluri probabile lăsate deoparte: { $count }.
