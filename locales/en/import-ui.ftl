# The window's "Import people" screen: the file, the columns, the preview, the import.

import-ui-open = Import people
import-ui-title = Import people
import-ui-intro = From the import template of La Coop de la médiation numérique or from any spreadsheet (XLSX or CSV). Nothing is saved before the last step.

## 1. The file

import-ui-step-file = 1. The file
import-ui-found-files = Spreadsheets found in your documents and on USB keys
import-ui-found-files-choose = { $count ->
    [one] Choose from { $count } file found…
   *[other] Choose from { $count } files found…
}
import-ui-found-in-documents = { $name } (documents)
import-ui-found-on-key = { $name } (USB key)
import-ui-path = Path of the file to import (XLSX or CSV)
import-ui-path-help = Type the file's full path, or choose it from the list above.
import-ui-path-help-typed = Type the file's full path (no spreadsheet was found in your documents or on a USB key).
import-ui-read = Read the file
import-ui-read-again = Read the file again
import-ui-reading = Reading the file…
import-ui-file-read = File read: { $name }
import-ui-sheet = Sheet of the workbook to read
error-import-ui-path-required = Give the file to import.
error-import-file-not-read = The file is no longer in memory: read it again.

## 2. The columns

import-ui-step-columns = 2. The columns
import-ui-national-template = Import template of La Coop de la médiation numérique recognised: its columns are known, nothing to choose.
import-ui-columns-intro = For each piece of information, the column of the file that holds it. Escale guessed it from the column titles: check, and change it if needed.
import-ui-header-line = Line of the column titles
import-ui-header-line-help = The people are on the lines below it. Change it if Escale picked the wrong line.
import-ui-column-none = Do not import
import-ui-column-option = Column { $letter }: { $header }
import-ui-column-option-untitled = Column { $letter } (untitled)
import-ui-column-example = Example: { $example }
import-ui-name-column-needed = Choose the column of the last name or the first name: without it, no one can be imported.

## 3. The preview

import-ui-step-preview = 3. What will be imported
import-ui-previewing = Updating the preview…
import-ui-accepted = { $count ->
    [one] { $count } person will be imported
   *[other] { $count } people will be imported
} (out of { $lines ->
    [one] { $lines } line read
   *[other] { $lines } lines read
}).
import-ui-duplicates = { $count ->
    [one] { $count } likely duplicate (same name and same birth year).
   *[other] { $count } likely duplicates (same name and same birth year).
}
import-ui-rejected = { $count ->
    [one] { $count } line rejected.
   *[other] { $count } lines rejected.
}
import-ui-duplicates-title = Likely duplicates
import-ui-duplicate-of-existing = Line { $line }: { $name } looks like { $count ->
    [one] a person already recorded
   *[other] { $count } people already recorded
}: { $existing }.
import-ui-duplicate-of-line = Line { $line }: { $name }, same name and same birth year as line { $earlier } of the file.
import-ui-skip-duplicates = Do not import the likely duplicates
import-ui-rejected-title = Rejected lines
import-ui-remarks-title = Lines imported with a remark
import-ui-table-line = Line
import-ui-table-field = Field
import-ui-table-reason = Reason
import-ui-more-issues = { $count ->
    [one] … and { $count } more: the report gives them all.
   *[other] … and { $count } more: the report gives them all.
}

## The report

import-ui-report-title = Report of the rejected lines
import-ui-report-help = A CSV file with each rejected line and its reason, each remark and each likely duplicate. It holds only line numbers and reasons, no names.
import-ui-report-folder = Folder to save the report in
import-ui-save-report = Save the report
import-ui-report-saved = Report "{ $name }" saved:
error-import-ui-folder-required = Give the folder to save the report in.

## 4. The import

import-ui-step-import = 4. Import
import-ui-all-or-nothing = All or nothing: if the import is cancelled or stops, no one is saved.
import-ui-run = { $count ->
    [one] Import { $count } person
   *[other] Import { $count } people
}
import-ui-nothing-to-import = No one to import: correct the file or the columns chosen.
import-ui-importing = Importing the people
import-ui-cancel = Cancel the import
import-ui-cancelled = Import cancelled: no one was saved.
import-ui-done-title = Import finished
import-ui-done = { $count ->
    [one] { $count } person imported.
   *[other] { $count } people imported.
}
import-ui-done-skipped = { $count ->
    [one] { $count } likely duplicate left out.
   *[other] { $count } likely duplicates left out.
}
import-ui-done-rejected = { $count ->
    [one] { $count } rejected line was not imported.
   *[other] { $count } rejected lines were not imported.
}
import-ui-back-to-list = Back to the list of people
import-ui-import-another = Import another file
