//! `escale import people FILE`: the file read and its columns found (escale-exchange), the
//! core's preview printed, then the people imported all or nothing, with a bar on a terminal
//! and Ctrl-C cancelling (nothing written then).

use escale_core::people::import::{ImportOptions, ImportOutcome, ImportPreview};
use escale_core::{CoreError, Store};
use escale_exchange::error::column_letters;
use escale_exchange::mapping::{self, ColumnMapping};
use escale_exchange::{ExchangeError, national_template, report};
use serde::Serialize;

use crate::cli::{ImportCommand, ImportPeopleArgs};
use crate::run::{Outcome, Printer};
use crate::{Failure, interrupt, progress};

/// Remarks printed before the rest is left to the `--rejects` report.
const SHOWN_ISSUES: usize = 100;

impl From<ExchangeError> for Failure {
    fn from(error: ExchangeError) -> Self {
        Failure::Coded(error.code(), error.arguments().into_iter().collect())
    }
}

pub fn command(command: ImportCommand, store: &mut Store, printer: Printer<'_>) -> Outcome {
    match command {
        ImportCommand::People(args) => people(args, store, printer),
    }
}

/// What `--json` prints.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportReport<'a> {
    national_template: bool,
    mapping: &'a ColumnMapping,
    preview: &'a ImportPreview,
    /// None for a dry run.
    outcome: Option<ImportOutcome>,
}

fn people(args: ImportPeopleArgs, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let bytes = std::fs::read(&args.file)
        .map_err(|source| CoreError::Io { path: args.file.display().to_string(), source })?;
    let mut file = mapping::read_people_file(&bytes, args.sheet.as_deref(), args.header_row)?;
    for assignment in &args.column {
        let Some((field, column)) = assignment.split_once('=') else {
            return Err(ExchangeError::FieldUnknown { field: assignment.clone() }.into());
        };
        mapping::set_column(&mut file.mapping, &file.table, field, column)?;
    }
    let lines = mapping::person_lines(&file.table, &file.mapping)?;
    let preview = store.preview_people_import(&lines)?;
    let localizer = printer.localizer;
    if let Some(path) = &args.rejects {
        escale_core::folders::save_file_atomically(path, &report::issues_csv(&preview, localizer))?;
    }
    if !args.json {
        print_preview(&mut printer, &file, &preview)?;
        if let Some(path) = &args.rejects {
            let line = localizer.message("cli-import-report-written", &[("path", path.display().to_string().into())]);
            printer.line(&line)?;
        }
    }
    let outcome = if args.dry_run {
        None
    } else {
        let bar = progress::bar(localizer.text("cli-import-progress"));
        let tell = |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
            interrupt::should_go_on()
        };
        let options = ImportOptions { skip_likely_duplicates: args.skip_duplicates };
        // Ctrl-C stops it: the people are one transaction, rolled back.
        let imported = interrupt::cancellable(|| store.import_people(&lines, options, &tell));
        bar.finish_and_clear();
        Some(imported?)
    };
    if args.json {
        return printer.json(&ImportReport {
            national_template: file.national_template,
            mapping: &file.mapping,
            preview: &preview,
            outcome,
        });
    }
    match outcome {
        None => printer.line(&localizer.text("cli-import-dry-run")),
        Some(outcome) => {
            printer.line(&localizer.message("cli-import-done", &[("imported", outcome.imported.into())]))?;
            if outcome.skipped_duplicates > 0 {
                let line = localizer.message("cli-import-skipped-duplicates", &[("count", outcome.skipped_duplicates.into())]);
                printer.line(&line)?;
            }
            Ok(())
        }
    }
}

fn print_preview(printer: &mut Printer<'_>, file: &mapping::PeopleFile, preview: &ImportPreview) -> Outcome {
    let localizer = printer.localizer;
    if file.national_template {
        let line = localizer.message(
            "cli-import-national-template",
            &[
                ("sheet", file.table.sheet.clone().unwrap_or_default().into()),
                ("line", national_template::FIRST_DATA_LINE.into()),
            ],
        );
        printer.line(&line)?;
    } else {
        for (field, column) in &file.mapping.columns {
            let line = localizer.message(
                "cli-import-column",
                &[
                    ("field", report::field_label(localizer, Some(field.field_id())).into()),
                    ("column", column_letters(*column as usize).into()),
                ],
            );
            printer.line(&line)?;
        }
    }
    let summary = localizer.message(
        "cli-import-summary",
        &[
            ("lines", preview.lines.into()),
            ("accepted", preview.accepted.into()),
            ("rejected", preview.rejected_lines.into()),
        ],
    );
    printer.line(&summary)?;
    if !preview.likely_duplicates.is_empty() {
        let line = localizer.message("cli-import-duplicates", &[("count", preview.likely_duplicates.len().into())]);
        printer.line(&line)?;
    }
    // Every remark in line order: broken rules, communes left empty, likely duplicates.
    let mut issues: Vec<(u32, String, String)> = Vec::new();
    for issue in preview.rejected.iter().chain(&preview.remarks) {
        issues.push((issue.line, report::field_label(localizer, issue.field.as_deref()), report::reason(localizer, issue)));
    }
    for duplicate in &preview.likely_duplicates {
        issues.push((duplicate.line, report::field_label(localizer, Some("name")), report::duplicate_reason(localizer, duplicate)));
    }
    issues.sort_by_key(|(line, ..)| *line);
    for (line, field, reason) in issues.iter().take(SHOWN_ISSUES) {
        let text = localizer.message(
            "cli-import-issue",
            &[("line", (*line).into()), ("field", field.clone().into()), ("reason", reason.clone().into())],
        );
        printer.line(&text)?;
    }
    if issues.len() > SHOWN_ISSUES {
        let line = localizer.message("cli-import-more-issues", &[("count", (issues.len() - SHOWN_ISSUES).into())]);
        printer.line(&line)?;
    }
    Ok(())
}
