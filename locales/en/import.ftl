# Importing people from a file (La Coop de la médiation numérique's import template, a spreadsheet, CSV):
# reading errors (error-import-*), remarks on lines, the rejected-lines report, command line.

## Unreadable files (codes of crates/escale-exchange/src/error.rs)

error-import-file-empty = The file is empty: no cell is filled in.
error-import-file-too-large = The file is too large (over { $max } MB). Split it into several files.
error-import-not-a-spreadsheet = This file is not a readable spreadsheet (XLSX or CSV). It may be damaged or incomplete: save it again from your spreadsheet, as XLSX or CSV.
error-import-sheet-missing = The workbook has no sheet “{ $sheet }”. Its sheets: { $sheets }.
error-import-too-many-rows = The file has too many rows (the limit is { $max }). Split it into several files.
error-import-too-many-columns = The file has too many columns (the limit is { $max }).
error-import-cell-too-long = Cell { $column }{ $line } is too long (the limit is { $max } characters per cell).
error-import-header-row-missing = Row { $line } of the file is empty or does not exist: it cannot hold the column titles.
error-import-column-unknown = No column “{ $column }” in the file: give its letter (A, B, C…) or its title.
error-import-field-unknown = “{ $field }” is not a field of a person. Fields: { $fields }.
error-import-name-column-missing = No column of the file was recognised as the last name or first name. Say which one it is (for example --column last-name=A).

## Remarks on an imported line

error-import-commune-not-found = Commune not found in the official list: the person is imported without a commune.
error-import-commune-ambiguous = Several communes have this name: the person is imported without a commune. Add the postal code to choose.
import-duplicate-of-line = Same name and birth year as line { $line } of the file.
import-duplicate-of-existing = { $count ->
    [one] Same name and birth year as a person already recorded.
   *[other] Same name and birth year as { $count } people already recorded.
}

## Fields, as the report names them

import-field-name = Name
import-field-lastName = Last name
import-field-firstName = First name
import-field-birthYear = Birth year
import-field-gender = Gender
import-field-socialStatus = Social status
import-field-commune = Commune
import-field-communeInseeCode = INSEE code
import-field-communePostalCode = Postal code
import-field-phone = Phone
import-field-email = Email address
import-field-notes = Notes

## Rejected-lines report (CSV file)

import-report-line = Line
import-report-field = Field
import-report-reason = Reason
import-report-outcome = Outcome
import-report-refused = Line rejected
import-report-kept = Imported
import-report-likely-duplicate = Likely duplicate

## Command line

cli-about-escale-import = Imports data from another tool.
cli-about-escale-import-people = Imports people from an XLSX or CSV file (La Coop de la médiation numérique's import template is recognised as it is). First shows what will be imported, the likely duplicates and the rejected lines; all or nothing.
cli-arg-escale-import-people-file = The file to import (XLSX or CSV).
cli-arg-escale-import-people-sheet = The workbook sheet to read (the first one by default).
cli-arg-escale-import-people-header_row = The row holding the column titles (found automatically by default); people are on the rows below it.
cli-arg-escale-import-people-column = Where to read a field: FIELD=COLUMN, the column by its letter or its title (for example phone=G, notes="Remarks"); FIELD=- not to read it. Fields: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Show what would be imported, without saving anything.
cli-arg-escale-import-people-skip_duplicates = Do not import likely duplicates.
cli-arg-escale-import-people-rejects = Save the report of rejected lines and remarks into this CSV file.
cli-arg-escale-import-people-json = Output as JSON.

cli-import-national-template = La Coop de la médiation numérique's import template recognised: sheet “{ $sheet }”, people from row { $line }.
cli-import-column = { $field }: column { $column }
cli-import-summary = { $lines ->
    [one] { $lines } line read
   *[other] { $lines } lines read
}: { $accepted ->
    [one] { $accepted } person to import
   *[other] { $accepted } people to import
}, { $rejected ->
    [one] { $rejected } line rejected
   *[other] { $rejected } lines rejected
}.
cli-import-duplicates = { $count ->
    [one] { $count } likely duplicate (same name and birth year).
   *[other] { $count } likely duplicates (same name and birth year).
}
cli-import-issue = Line { $line } ({ $field }): { $reason }
cli-import-more-issues = { $count ->
    [one] … and { $count } more remark (the --rejects report lists them all).
   *[other] … and { $count } more remarks (the --rejects report lists them all).
}
cli-import-report-written = Report saved in { $path }.
cli-import-dry-run = Dry run: nothing was saved.
cli-import-progress = Importing people
cli-import-done = { $imported ->
    [one] { $imported } person imported.
   *[other] { $imported } people imported.
}
cli-import-skipped-duplicates = { $count ->
    [one] { $count } likely duplicate left out.
   *[other] { $count } likely duplicates left out.
}
