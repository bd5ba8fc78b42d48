//! `escale export activities|people|statistics`: glue around `escale_exchange::export`. A bar on stderr
//! while rows are written (hidden when stderr is not a terminal); Ctrl-C stops the export and
//! leaves no file.

use std::path::PathBuf;

use escale_core::Store;
use escale_core::activity::export::ExportFilter;
use escale_exchange::export::{ExportFormat, ExportKind, SavedExport, export_to_path, file_name};

use crate::cli::{ExportArgs, ExportCommand};
use crate::run::{Outcome, Printer, date_from};
use crate::{interrupt, progress};

pub fn export(command: ExportCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let (kind, args) = match command {
        ExportCommand::Activities(args) => (ExportKind::Activities, args),
        ExportCommand::People(args) => (ExportKind::People, args),
        ExportCommand::Statistics(args) => (ExportKind::Statistics, args),
    };
    let ExportArgs { from, to, place, format, output, json } = args;
    let format = if format == "csv" { ExportFormat::Csv } else { ExportFormat::Xlsx };
    let filter = ExportFilter {
        from: from.as_deref().map(date_from).transpose()?,
        to: to.as_deref().map(date_from).transpose()?,
        place_id: place,
    };
    // A folder (or nothing: the current one) takes the platform's name of today's export.
    let today = escale_core::clock::today();
    let path = match output {
        Some(path) if !path.is_dir() => path,
        folder => folder.unwrap_or_else(|| PathBuf::from(".")).join(file_name(kind, format, today)),
    };
    let localizer = printer.localizer;
    let bar = progress::bar(localizer.text("cli-national-export-progress"));
    let tell = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
        interrupt::should_go_on()
    };
    let written = interrupt::cancellable(|| export_to_path(store, kind, format, &filter, &path, &tell));
    bar.finish_and_clear();
    let rows = written?;
    let saved = SavedExport {
        path: path.display().to_string(),
        file_name: path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
        rows,
    };
    if json {
        return printer.json(&saved);
    }
    let line = localizer.message("cli-national-export-written", &[("rows", rows.into()), ("path", saved.path.as_str().into())]);
    printer.line(&line)
}
