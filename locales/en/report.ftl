## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = Activity report — { $month }
report-period-all-places = From { $from } to { $to }, all places of activity
report-printed-on = Printed on { $date }
report-number = { $value }
report-share = { $count } ({ $percent }%)
report-note-heading = A word from the structure
report-months-caption = Accompaniments per month, over the twelve months ending with the report's month.
report-procedures = Procedures most worked on
report-procedures-note = Number of activities that worked on each procedure: followed procedures, and procedures named in an accompaniment.
report-nothing = Nothing recorded for this month.
documents-file-report = activity-report-{ $month }.pdf
audit-entity-report-note = monthly report text
error-month-invalid = This month is not valid: write it as YYYY-MM, for example 2026-10.

report-section = Monthly report
report-explanation = A PDF for the structure and its funders: the month's figures, the charts, themes and procedures, places and communes, and your text.
report-month = Month of the report
report-note-label = A word from the structure for this month
report-note-help = A few lines printed in the report: what marked the month, a new place, a partner. Saved as soon as you leave the field.
report-note-saved = Text saved.
report-note-count = { $count } / { $max } characters
report-print = Save the report as PDF…
print-title-monthly-report = Monthly activity report

cli-about-escale-report = The monthly activity report for the structure and its funders, as a PDF: key figures, charts, themes, procedures, places and communes.
cli-arg-escale-report-month = The report's month (YYYY-MM), last month by default.
cli-arg-escale-report-place = Only the activities of this place (its id).
cli-arg-escale-report-text = The structure's word for this month, kept for the next printings ("" erases it).
cli-arg-escale-report-text_file = The same text, read from a text file (UTF-8).
cli-arg-escale-report-out = PDF file to write (replaced if it exists); otherwise the report's name, in the current folder.
cli-report-text-not-read = The file { $path } cannot be read as text: check that it exists and is saved as UTF-8.
