//! Exports in the national platform's formats: the activities (one row per accompaniment), the
//! beneficiaries and the statistics of a period, as XLSX (sheet, "Informations export" and
//! "Filtres" blocks, bold frozen header, real dates, numbers and percentages, several values per
//! cell on several lines) or CSV.
//!
//! Rows stream from the core (`CountedExport::for_each_activity_row`) to the file: memory stays
//! flat whatever the number of rows. The statistics are the figures of `Store::statistics`, the
//! same as the statistics screen's. The file is written under a temporary name in the folder
//! chosen and takes its name only when complete, so a cancelled or failed export leaves nothing.

pub mod cells;
pub mod columns;
pub mod statistics;
pub mod writers;

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate};
use escale_core::activity::export::ExportFilter;
use escale_core::folders::{folder_of, write_file_atomically};
use escale_core::progress::Progress;
use escale_core::{CoreResult, Store};
use serde::{Deserialize, Serialize};

use cells::{Cell, Labels};
use columns::{ACTIVITIES_SHEET, ACTIVITY_COLUMNS, NOTHING, PEOPLE_COLUMNS, PEOPLE_SHEET, STATISTICS_SHEET};
use statistics::statistics_query;
use writers::{Information, read_beside_writing, write_csv, write_sections_xlsx, write_xlsx};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ExportKind {
    /// One row per accompaniment.
    Activities,
    /// One row per person with a name.
    People,
    /// The figures of a period (no end: up to today; no start: from the first of the end's month).
    Statistics,
}

/// In which file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    Xlsx,
    Csv,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Csv => "csv",
        }
    }
}

/// An export the window asks for: what, in which format, which records, into which folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    pub kind: ExportKind,
    pub format: ExportFormat,
    pub filter: ExportFilter,
    pub folder: String,
}

/// An export written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedExport {
    pub path: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub rows: u64,
}

/// The file's name as the platform names its exports:
/// `coop-numerique_accompagnements_2026-11-23.xlsx`, `coop-numerique_beneficiaires_2026-11-23.csv`.
pub fn file_name(kind: ExportKind, format: ExportFormat, day: NaiveDate) -> String {
    let what = match kind {
        ExportKind::Activities => "accompagnements",
        ExportKind::People => "beneficiaires",
        ExportKind::Statistics => "statistiques",
    };
    format!("coop-numerique_{what}_{}.{}", day.format("%Y-%m-%d"), format.extension())
}

/// Writes the export into `request.folder` under the platform's name of today's export
/// (replacing an export of the same day). See [`export_to_path`].
pub fn export_to_folder(store: &Store, request: &ExportRequest, progress: Progress<'_>) -> CoreResult<SavedExport> {
    let file_name = file_name(request.kind, request.format, Local::now().date_naive());
    let path = Path::new(&request.folder).join(&file_name);
    let rows = export_to_path(store, request.kind, request.format, &request.filter, &path, progress)?;
    Ok(SavedExport { path: path.display().to_string(), file_name, rows })
}

/// Writes the export of `kind` for `filter` as the file `path`, all or nothing, and returns its
/// number of rows. `progress` hears the rows written; `false` stops the export
/// (`CoreError::WorkCancelled`) and nothing is left under `path`, nor beside it.
pub fn export_to_path(
    store: &Store,
    kind: ExportKind,
    format: ExportFormat,
    filter: &ExportFilter,
    path: &Path,
    progress: Progress<'_>,
) -> CoreResult<u64> {
    let labels = Labels::french();
    // The two tables of one row per record; the statistics are sections of figures.
    let people = match kind {
        ExportKind::Activities => false,
        ExportKind::People => true,
        ExportKind::Statistics => return export_statistics(store, &labels, format, filter, path, progress),
    };
    let folder: PathBuf = folder_of(path);
    let mut written = 0;
    write_file_atomically(path, |file| {
        let mut cells: Vec<Cell> = Vec::new();
        let export = if people { store.counted_people_export(filter)? } else { store.counted_activity_export(filter)? };
        let total = export.total();
        let rows: Box<writers::RowSource<'_>> = if people {
            Box::new(|write: &mut writers::RowSink<'_>| {
                export.for_each_person_row(progress, |row| {
                    labels.person_cells(row, &mut cells);
                    write(&mut cells)
                })
            })
        } else {
            Box::new(|write: &mut writers::RowSink<'_>| {
                export.for_each_activity_row(progress, |row| {
                    labels.activity_cells(row, &mut cells);
                    write(&mut cells)
                })
            })
        };
        let (sheet, columns): (&str, &[&str]) =
            if people { (PEOPLE_SHEET, &PEOPLE_COLUMNS) } else { (ACTIVITIES_SHEET, &ACTIVITY_COLUMNS) };
        written = match format {
            ExportFormat::Xlsx => {
                let information = information(store, total, filter)?;
                read_beside_writing(rows, |rows| write_xlsx(file, &folder, sheet, columns, &information, rows))?
            }
            ExportFormat::Csv => read_beside_writing(rows, |rows| write_csv(file, columns, rows))?,
        };
        Ok(())
    })?;
    Ok(written)
}

/// Writes the statistics of the filter's period (see [`statistics_query`]) as `path`, all or
/// nothing; returns the number of rows below the blocks. `progress` hears 0 of 1 before the
/// figures are computed and 1 of 1 once they are written; `false` stops as for the other kinds.
fn export_statistics(
    store: &Store,
    labels: &Labels,
    format: ExportFormat,
    filter: &ExportFilter,
    path: &Path,
    progress: Progress<'_>,
) -> CoreResult<u64> {
    let query = statistics_query(filter, escale_core::clock::today());
    let mut written = 0;
    write_file_atomically(path, |file| {
        if !progress(0, 1) {
            return Err(escale_core::CoreError::WorkCancelled);
        }
        let figures = store.statistics(&query)?;
        let rows = labels.statistics_rows(&figures);
        written = match format {
            ExportFormat::Xlsx => {
                // The period as computed (its defaults filled in) in the "Filtres" block, and the
                // accompaniments as its "Total".
                let period = ExportFilter { from: Some(query.from), to: Some(query.to), place_id: query.place_id.clone() };
                let information = information(store, figures.totals.accompaniments, &period)?;
                write_sections_xlsx(file, STATISTICS_SHEET, &information, &rows)?
            }
            ExportFormat::Csv => {
                let count = rows.len() as u64;
                let source = move |write: &mut writers::RowSink<'_>| -> CoreResult<u64> {
                    for mut row in rows {
                        write(&mut row)?;
                    }
                    Ok(count)
                };
                write_csv(file, &[], Box::new(source))?
            }
        };
        if !progress(1, 1) {
            return Err(escale_core::CoreError::WorkCancelled);
        }
        Ok(())
    })?;
    Ok(written)
}

/// The blocks above the table: who exports, how many rows, when, and the filter.
fn information(store: &Store, rows: u64, filter: &ExportFilter) -> CoreResult<Information> {
    let structure = store.structure()?.map(|structure| structure.name).filter(|name| !name.is_empty());
    let mediator = escale_core::session::mediator_name(store.data_dir());
    let place = match &filter.place_id {
        Some(id) => store.place(id)?.name,
        None => NOTHING.to_string(),
    };
    Ok(Information {
        structure: structure.unwrap_or_else(|| NOTHING.to_string()),
        mediator: if mediator.is_empty() { NOTHING.to_string() } else { mediator },
        rows,
        exported_at: Local::now().naive_local(),
        period: period_text(filter),
        place,
    })
}

/// The period as the "Filtres" block writes it: "01/10/2026 - 31/10/2026", an open end left
/// empty, "-" for no period.
pub fn period_text(filter: &ExportFilter) -> String {
    let day = |day: Option<NaiveDate>| day.map(|day| day.format("%d/%m/%Y").to_string()).unwrap_or_default();
    match (filter.from, filter.to) {
        (None, None) => NOTHING.to_string(),
        (from, to) => format!("{} - {}", day(from), day(to)).trim().to_string(),
    }
}
