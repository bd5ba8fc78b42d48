//! The two file formats of an export: XLSX for the national platform and spreadsheets, CSV for
//! every other tool. Both take rows of [`Cell`]s as they come and keep none of them.

use std::io::Write;
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use escale_core::{CoreError, CoreResult};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::cells::Cell;
use super::columns::{
    DATE_FORMAT, DATE_TIME_FORMAT, FILTER_PERIOD, FILTER_PLACES, FILTERS_TITLE, INFORMATION_DATE, INFORMATION_MEDIATOR,
    INFORMATION_STRUCTURE, INFORMATION_TITLE, INFORMATION_TOTAL, MONTH_FORMAT, PERCENT_FORMAT,
};

/// What the blocks above the table say (XLSX only: a CSV is the table alone, for tools that
/// read the first line as the header).
#[derive(Debug, Clone)]
pub struct Information {
    pub structure: String,
    pub mediator: String,
    pub rows: u64,
    pub exported_at: NaiveDateTime,
    pub period: String,
    pub place: String,
}

/// Where a source hands each row: the row's cells, which the sink may take (leaving the vector
/// empty) rather than copy them, so that a row crosses to the writing thread without its texts
/// being copied.
pub type RowSink<'w> = dyn FnMut(&mut Vec<Cell>) -> CoreResult<()> + 'w;

/// Rows handed one by one to a writer; returns how many were written.
pub type RowSource<'a> = dyn FnOnce(&mut RowSink<'_>) -> CoreResult<u64> + 'a;

/// How many rows travel together from the thread that reads the store to the one that writes
/// the file, and how many such batches may wait between them: a few thousand rows at most, so
/// memory stays flat in the number of rows.
const BATCH_ROWS: usize = 256;
const BATCHES_AHEAD: usize = 4;

/// What the reading thread hands to the writing one.
enum Batch {
    Rows(Vec<Vec<Cell>>),
    /// Every row was read; how many.
    Done(u64),
}

/// Reads `rows` on this thread while `write` makes the file from them on a thread of its own:
/// reading the store and writing the file each take about half of an export's time, and a
/// laptop has two cores (on one, the two simply take turns). Returns what `write` returns.
///
/// A reading that stops (cancelled, failed) stops the writing before the file is finished and
/// its error is the one returned; a writing that fails (disk full) stops the reading and its
/// error is the one returned.
pub fn read_beside_writing<T: Send>(
    rows: Box<RowSource<'_>>,
    write: impl FnOnce(Box<RowSource<'_>>) -> CoreResult<T> + Send,
) -> CoreResult<T> {
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_AHEAD);
    std::thread::scope(|scope| {
        let writing = scope.spawn(move || {
            let source = move |write_row: &mut RowSink<'_>| -> CoreResult<u64> {
                for batch in receiver {
                    match batch {
                        Batch::Rows(rows) => {
                            for mut row in rows {
                                write_row(&mut row)?;
                            }
                        }
                        Batch::Done(count) => return Ok(count),
                    }
                }
                // The reading stopped without finishing: its own error is the one reported.
                Err(CoreError::WorkCancelled)
            };
            write(Box::new(source))
        });
        let mut writing_stopped = false;
        let mut batch = Vec::with_capacity(BATCH_ROWS);
        let send = |batch: Batch, writing_stopped: &mut bool| {
            sender.send(batch).map_err(|_| {
                *writing_stopped = true;
                CoreError::WorkCancelled
            })
        };
        let reading = rows(&mut |cells| {
            // Taken, not copied; the source fills a new vector for its next row.
            let capacity = cells.len();
            batch.push(std::mem::replace(cells, Vec::with_capacity(capacity)));
            if batch.len() == BATCH_ROWS {
                send(Batch::Rows(std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ROWS))), &mut writing_stopped)?;
            }
            Ok(())
        })
        .and_then(|count| {
            if !batch.is_empty() {
                send(Batch::Rows(std::mem::take(&mut batch)), &mut writing_stopped)?;
            }
            send(Batch::Done(count), &mut writing_stopped)
        });
        // Without a sender, a writing still waiting for rows ends (unfinished) rather than waits.
        drop(sender);
        let written = writing.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match reading {
            Err(error) if !writing_stopped => Err(error),
            _ => written,
        }
    })
}

fn not_written(error: XlsxError) -> CoreError {
    match error {
        XlsxError::IoError(error) => CoreError::Io { path: String::new(), source: error },
        other => CoreError::ExportNotWritten { reason: other.to_string() },
    }
}

/// A day or an instant as a spreadsheet's serial number: days since 1899-12-30 (the epoch of
/// every spreadsheet since Lotus 1-2-3's leap-year slip) plus the fraction of the day.
pub fn spreadsheet_serial(day: NaiveDate, seconds_of_day: u32) -> f64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).expect("a valid day");
    (day - epoch).num_days() as f64 + f64::from(seconds_of_day) / 86_400.0
}

/// The formats of one workbook.
struct Formats {
    bold: Format,
    day: Format,
    instant: Format,
    lines: Format,
    percent: Format,
    month: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            bold: Format::new().set_bold(),
            day: Format::new().set_num_format(DATE_FORMAT).set_align(FormatAlign::Top).set_align(FormatAlign::Left),
            instant: Format::new().set_num_format(DATE_TIME_FORMAT).set_align(FormatAlign::Top).set_align(FormatAlign::Left),
            lines: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            percent: Format::new().set_num_format(PERCENT_FORMAT),
            month: Format::new().set_num_format(MONTH_FORMAT).set_align(FormatAlign::Left),
        }
    }
}

/// Writes one sheet in constant-memory mode (rows streamed to a temporary file in `folder`, the
/// destination's, so that nothing of the people's data goes anywhere else) into `file`.
pub fn write_xlsx(
    file: &mut std::fs::File,
    folder: &Path,
    sheet: &str,
    columns: &[&str],
    information: &Information,
    rows: Box<RowSource<'_>>,
) -> CoreResult<u64> {
    let mut workbook = Workbook::new();
    workbook.set_tempdir(folder).map_err(not_written)?;
    let formats = Formats::new();
    let written = {
        let worksheet = workbook.add_worksheet_with_constant_memory();
        worksheet.set_name(sheet).map_err(not_written)?;
        // Widths before any row: constant-memory mode writes the sheet's start first.
        for (column, header) in columns.iter().enumerate() {
            let width = (header.chars().count() as f64 + 2.0).clamp(12.0, 40.0);
            worksheet.set_column_width(column as u16, width).map_err(not_written)?;
        }
        let header_row = write_blocks(worksheet, information, &formats).map_err(not_written)?;
        for (column, header) in columns.iter().enumerate() {
            worksheet.write_string_with_format(header_row, column as u16, *header, &formats.bold).map_err(not_written)?;
        }
        worksheet.set_freeze_panes(header_row + 1, 0).map_err(not_written)?;
        let mut next_row = header_row + 1;
        let mut write_row = |cells: &mut Vec<Cell>| -> CoreResult<()> {
            for (column, cell) in cells.iter().enumerate() {
                write_cell(worksheet, next_row, column as u16, cell, &formats).map_err(not_written)?;
            }
            next_row += 1;
            Ok(())
        };
        rows(&mut write_row)?
    };
    workbook.save_to_writer(file).map_err(not_written)?;
    Ok(written)
}

/// Writes the statistics sheet: the blocks, then its rows of sections (a few hundred at most,
/// kept in memory) into `file`.
pub fn write_sections_xlsx(file: &mut std::fs::File, sheet: &str, information: &Information, rows: &[Vec<Cell>]) -> CoreResult<u64> {
    let mut workbook = Workbook::new();
    let formats = Formats::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet).map_err(not_written)?;
    for (column, width) in [50.0, 16.0, 16.0].into_iter().enumerate() {
        worksheet.set_column_width(column as u16, width).map_err(not_written)?;
    }
    let first_row = write_blocks(worksheet, information, &formats).map_err(not_written)?;
    for (index, cells) in rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            write_cell(worksheet, first_row + index as u32, column as u16, cell, &formats).map_err(not_written)?;
        }
    }
    workbook.save_to_writer(file).map_err(not_written)?;
    Ok(rows.len() as u64)
}

/// The "Informations export" and "Filtres" blocks; returns the header's row.
fn write_blocks(worksheet: &mut Worksheet, information: &Information, formats: &Formats) -> Result<u32, XlsxError> {
    worksheet.write_string_with_format(0, 0, INFORMATION_TITLE, &formats.bold)?;
    worksheet.write_string(1, 0, INFORMATION_STRUCTURE)?;
    worksheet.write_string(1, 1, &information.structure)?;
    worksheet.write_string(2, 0, INFORMATION_MEDIATOR)?;
    worksheet.write_string(2, 1, &information.mediator)?;
    worksheet.write_string(3, 0, INFORMATION_TOTAL)?;
    worksheet.write_number(3, 1, information.rows as f64)?;
    worksheet.write_string(4, 0, INFORMATION_DATE)?;
    let at = information.exported_at;
    worksheet.write_number_with_format(4, 1, spreadsheet_serial(at.date(), at.num_seconds_from_midnight()), &formats.instant)?;
    worksheet.write_string_with_format(6, 0, FILTERS_TITLE, &formats.bold)?;
    worksheet.write_string(7, 0, FILTER_PERIOD)?;
    worksheet.write_string(7, 1, &information.period)?;
    worksheet.write_string(8, 0, FILTER_PLACES)?;
    worksheet.write_string(8, 1, &information.place)?;
    Ok(10)
}

fn write_cell(worksheet: &mut Worksheet, row: u32, column: u16, cell: &Cell, formats: &Formats) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        // A string cell: a spreadsheet shows "=…" typed by someone as text and never runs it.
        // Plain cells carry no format: each format is a lookup per cell, the main cost of the
        // writer at 100,000 rows.
        Cell::Label(text) | Cell::Typed(text) => {
            worksheet.write_string(row, column, text.as_str())?;
        }
        Cell::Lines(text) => {
            worksheet.write_string_with_format(row, column, text.as_str(), &formats.lines)?;
        }
        Cell::Number(number) => {
            worksheet.write_number(row, column, *number)?;
        }
        Cell::Day(day) => {
            worksheet.write_number_with_format(row, column, spreadsheet_serial(*day, 0), &formats.day)?;
        }
        Cell::Instant(at) => {
            let serial = spreadsheet_serial(at.date(), at.num_seconds_from_midnight());
            worksheet.write_number_with_format(row, column, serial, &formats.instant)?;
        }
        Cell::Title(text) => {
            worksheet.write_string_with_format(row, column, text.as_str(), &formats.bold)?;
        }
        Cell::Percent(fraction) => {
            worksheet.write_number_with_format(row, column, *fraction, &formats.percent)?;
        }
        Cell::Month(first_day) => {
            worksheet.write_number_with_format(row, column, spreadsheet_serial(*first_day, 0), &formats.month)?;
        }
    }
    Ok(())
}

/// The UTF-8 byte order mark: French spreadsheets read a CSV without it as Windows-1252.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Text that a spreadsheet would take for a formula (OWASP's list: = + - @, tab, carriage
/// return) gets an apostrophe in front, which spreadsheets show as text and do not run.
pub fn guarded(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Writes the table as CSV for French spreadsheets and other tools: UTF-8 with a byte order
/// mark, `;` between fields, CRLF between records, quotes where needed (a cell of several lines
/// is quoted), days as dd/mm/yyyy, months as mm/yyyy, shares as French percentages
/// ("12,5 %", one decimal). Without `columns`, no header line (the statistics' rows carry their
/// own headings).
pub fn write_csv(file: &mut std::fs::File, columns: &[&str], rows: Box<RowSource<'_>>) -> CoreResult<u64> {
    let io_failed = |error: std::io::Error| CoreError::Io { path: String::new(), source: error };
    let mut buffered = std::io::BufWriter::with_capacity(256 * 1024, file);
    buffered.write_all(UTF8_BOM).map_err(io_failed)?;
    let csv_failed = |error: csv::Error| match error.into_kind() {
        csv::ErrorKind::Io(error) => CoreError::Io { path: String::new(), source: error },
        other => CoreError::ExportNotWritten { reason: format!("{other:?}") },
    };
    let written = {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut buffered);
        if !columns.is_empty() {
            writer.write_record(columns).map_err(csv_failed)?;
        }
        let mut fields: Vec<String> = Vec::with_capacity(columns.len());
        let mut write_row = |cells: &mut Vec<Cell>| -> CoreResult<()> {
            fields.clear();
            fields.extend(cells.iter().map(csv_field));
            writer.write_record(&fields).map_err(csv_failed)
        };
        let written = rows(&mut write_row)?;
        writer.flush().map_err(io_failed)?;
        written
    };
    buffered.flush().map_err(io_failed)?;
    Ok(written)
}

fn csv_field(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Label(text) | Cell::Typed(text) | Cell::Lines(text) | Cell::Title(text) => guarded(text).into_owned(),
        Cell::Number(number) => number.to_string(),
        Cell::Day(day) => format!("{:02}/{:02}/{}", day.day(), day.month(), day.year()),
        Cell::Instant(at) => format!("{:02}/{:02}/{} {:02}:{:02}", at.day(), at.month(), at.year(), at.hour(), at.minute()),
        Cell::Month(first_day) => format!("{:02}/{}", first_day.month(), first_day.year()),
        // The decimal comma of the French spreadsheets that read `;`-separated files.
        Cell::Percent(fraction) => format!("{:.1} %", fraction * 100.0).replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source of `rows` numbered rows that fails with `failure` after `fail_after` of them.
    fn numbered(rows: u64, fail_after: Option<(u64, CoreError)>, read: &std::cell::Cell<u64>) -> Box<RowSource<'_>> {
        Box::new(move |write: &mut RowSink<'_>| {
            let mut failure = fail_after;
            for number in 0..rows {
                if let Some((after, _)) = &failure
                    && number == *after
                {
                    return Err(failure.take().expect("a failure").1);
                }
                write(&mut vec![Cell::Number(number as f64), Cell::Label(format!("ligne {number}"))])?;
                read.set(number + 1);
            }
            Ok(rows)
        })
    }

    /// What the writing side saw: the rows' numbers in order, and how its source ended.
    fn collect(rows: Box<RowSource<'_>>) -> (Vec<f64>, CoreResult<u64>) {
        let mut seen = Vec::new();
        let ended = rows(&mut |cells| {
            match cells.as_slice() {
                [Cell::Number(number), Cell::Label(text)] if *text == format!("ligne {number}") => seen.push(*number),
                other => panic!("a row arrives whole: {other:?}"),
            }
            Ok(())
        });
        (seen, ended)
    }

    #[test]
    fn every_row_reaches_the_writing_thread_in_order_and_the_count_with_them() {
        let read = std::cell::Cell::new(0);
        // Not a multiple of a batch: the last, partial batch must arrive too.
        let (seen, ended) =
            read_beside_writing(numbered(1_000, None, &read), |rows| Ok(collect(rows))).expect("nothing fails");
        assert_eq!(ended.expect("the source ends well"), 1_000, "the writing hears the reading's own count");
        assert_eq!(seen, (0..1_000).map(|n| n as f64).collect::<Vec<_>>(), "each row once, in the reading's order");
    }

    #[test]
    fn a_reading_that_stops_leaves_the_file_unfinished_and_its_error_is_the_one_returned() {
        let read = std::cell::Cell::new(0);
        let failure = CoreError::StoredValueUnreadable { entity: "activity", id: "a-600".into() };
        let finished = std::sync::atomic::AtomicBool::new(false);
        let result = read_beside_writing(numbered(1_000, Some((600, failure)), &read), |rows| {
            let (seen, ended) = collect(rows);
            // A writer finishes its file only when its source ends well.
            ended?;
            finished.store(true, std::sync::atomic::Ordering::SeqCst);
            Ok(seen.len())
        });
        assert!(
            matches!(result, Err(CoreError::StoredValueUnreadable { ref id, .. }) if id == "a-600"),
            "the reading's error, not the writing's: {result:?}"
        );
        assert!(!finished.load(std::sync::atomic::Ordering::SeqCst), "the writing never saw an end it could take as complete");
    }

    #[test]
    fn a_writing_that_fails_stops_the_reading_and_its_error_is_the_one_returned() {
        let read = std::cell::Cell::new(0);
        let result: CoreResult<()> = read_beside_writing(numbered(1_000_000, None, &read), |rows| {
            let mut written = 0;
            rows(&mut |_| {
                written += 1;
                if written == 300 {
                    return Err(CoreError::ExportNotWritten { reason: "disque plein".into() });
                }
                Ok(())
            })?;
            Ok(())
        });
        assert!(
            matches!(result, Err(CoreError::ExportNotWritten { ref reason }) if reason == "disque plein"),
            "the writing's error, not the stopped reading's: {result:?}"
        );
        // The reading may run ahead by the batches that can wait between the threads, no more.
        let ahead = ((BATCHES_AHEAD + 2) * BATCH_ROWS) as u64;
        assert!(read.get() <= 300 + ahead, "the reading stopped soon after the writing failed: {} rows read", read.get());
    }
}
