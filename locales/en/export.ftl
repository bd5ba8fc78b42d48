## Exports in the national platform's formats (La Coop de la médiation numérique).
## The files' column headers are the platform's, in French, and are not here:
## they are a file format, not interface text.

export-title = Exports
export-intro = Escale writes your accompaniments or your beneficiaries in the format of La Coop de la médiation numérique, so that you report them without typing them a second time. The file is in French, as the platform expects.
export-what = What do you want to export?
export-what-activities = Accompaniments (one line per person accompanied)
export-what-people = Beneficiaries (people with a name)
export-what-statistics = Statistics of the period (key figures, themes, places, people)
export-period = Period
export-period-this-month = This month
export-period-last-month = Last month
export-period-this-year = This year
export-period-custom = Other dates
export-from = From
export-to = To
export-period-reversed = The start date is after the end date.
export-place = Place
export-place-all = All places
export-format = File format
export-format-xlsx = XLSX spreadsheet (for La Coop de la médiation numérique)
export-format-csv = CSV (for other tools)
export-folder = Folder to save in (USB key or Documents)
export-now = Export
export-working = Exporting
export-cancel = Stop the export
# $rows: the number of lines in the file; $name: the file's name.
export-done = { $rows ->
    [0] File saved, with no line for this period: { $name }
    [one] File saved with { $rows } line: { $name }
   *[other] File saved with { $rows } lines: { $name }
}
export-done-folder = In the folder: { $folder }

# Command line.
cli-about-escale-export = Exports in the national platform's formats (La Coop de la médiation numérique), as XLSX or CSV.
cli-about-escale-export-activities = Exports the accompaniments: one line per person accompanied.
cli-about-escale-export-people = Exports the beneficiaries who have a name.
cli-arg-escale-export-activities-from = From this date, included (YYYY-MM-DD).
cli-arg-escale-export-activities-to = Up to this date, included (YYYY-MM-DD).
cli-arg-escale-export-activities-place = Only the accompaniments at this place (its identifier).
cli-arg-escale-export-activities-format = File format: xlsx (the national platform) or csv (other tools).
cli-arg-escale-export-activities-output = File to write, or folder where it takes the platform's name (the current folder by default).
cli-arg-escale-export-activities-json = Result as JSON.
cli-arg-escale-export-people-from = Only people accompanied from this date, included (YYYY-MM-DD).
cli-arg-escale-export-people-to = Only people accompanied up to this date, included (YYYY-MM-DD).
cli-arg-escale-export-people-place = Only people accompanied at this place (its identifier).
cli-arg-escale-export-people-format = File format: xlsx (the national platform) or csv (other tools).
cli-arg-escale-export-people-output = File to write, or folder where it takes the platform's name (the current folder by default).
cli-arg-escale-export-people-json = Result as JSON.
cli-about-escale-export-statistics = Exports the statistics of a period: general figures, the last 12 months, and each breakdown as a count and a percentage.
cli-arg-escale-export-statistics-from = First day of the period (YYYY-MM-DD), the 1st of the month by default.
cli-arg-escale-export-statistics-to = Last day of the period (YYYY-MM-DD), today by default.
cli-arg-escale-export-statistics-place = Only the activities of this place (its identifier).
cli-arg-escale-export-statistics-format = File format: xlsx (the national platform) or csv (other tools).
cli-arg-escale-export-statistics-output = File to write, or folder where it takes the platform's name (the current folder by default).
cli-arg-escale-export-statistics-json = Result as JSON.
cli-national-export-progress = Export
# $rows: the number of lines; $path: the file written.
cli-national-export-written = { $rows ->
    [one] { $rows } line exported to { $path }
   *[other] { $rows } lines exported to { $path }
}

# Error.
error-export-not-written = Escale could not write this export file (an internal error). No file was left behind. Try again, or report it.
