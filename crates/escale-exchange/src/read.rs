//! Reading a spreadsheet the person gives (untrusted input) into a [`Table`]: the text of each
//! cell, row by row, with the line numbers the file shows.
//!
//! XLSX goes through calamine, CSV through the csv crate after its encoding and separator are
//! found. Whatever the bytes, reading returns a table or an [`ExchangeError`]; it never panics
//! and its memory is bounded:
//! - the file is at most [`MAX_FILE_BYTES`], an XLSX at most [`MAX_UNPACKED_BYTES`] once
//!   unpacked (every part's real size is measured before calamine opens it: a zip bomb is
//!   refused before the reader keeps anything in memory);
//! - at most [`MAX_ROWS`] rows with something in them, [`MAX_COLUMNS`] columns, [`MAX_CELLS`]
//!   cells, [`MAX_CELL_CHARS`] characters in a cell;
//! - calamine still gets fixes for panics on malformed files, so an XLSX is read on a thread of
//!   its own and a panic there is a file refused ([`ExchangeError::NotASpreadsheet`]), with the
//!   panic message kept out of the terminal and the logs.
//!
//! Formula cells give their cached value as text; nothing is ever evaluated. What a value means
//! (a cached INSEE code is not trusted, for one) is the core's decision, not the reader's.

use std::cell::Cell;
use std::io::{Cursor, Read};

use crate::error::{ExchangeError, column_letters};

/// The largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// The largest XLSX once unpacked (all its parts together), in bytes.
pub const MAX_UNPACKED_BYTES: u64 = 160 * 1024 * 1024;
/// Rows with at least one cell filled.
pub const MAX_ROWS: usize = 200_000;
/// Columns read (a cell further right refuses the file).
pub const MAX_COLUMNS: usize = 1_000;
/// Filled cells in the whole sheet.
pub const MAX_CELLS: usize = 4_000_000;
/// Characters in one cell (a person's notes are at most 10,000 characters too).
pub const MAX_CELL_CHARS: usize = 10_000;

/// A sheet or CSV file as text: the rows that have at least one cell filled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// Every sheet of the workbook, in order (empty for a CSV file).
    pub sheets: Vec<String>,
    pub rows: Vec<TableRow>,
}

/// One row: its number as the spreadsheet shows it (1-based; for a CSV file the line where the
/// record starts), and its cells from column A up to the last one filled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableRow {
    pub line: u32,
    pub cells: Vec<String>,
}

impl TableRow {
    /// The text of a cell (0-based column), empty when the row stops before it.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

impl Table {
    /// The row shown as line `line`, if it has anything in it.
    pub fn row_at(&self, line: u32) -> Option<&TableRow> {
        self.rows.binary_search_by_key(&line, |row| row.line).ok().map(|index| &self.rows[index])
    }

    /// The widest row's number of cells.
    pub fn width(&self) -> usize {
        self.rows.iter().map(|row| row.cells.len()).max().unwrap_or(0)
    }
}

/// The kind of file, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A zip container: an XLSX workbook (or something else zipped, refused when read).
    Workbook,
    /// Anything else is read as delimited text.
    Text,
}

pub fn file_kind(bytes: &[u8]) -> FileKind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        FileKind::Workbook
    } else {
        FileKind::Text
    }
}

/// Reads the file: an XLSX workbook's sheet `sheet` (its first sheet when `None`), or a CSV
/// file (`sheet` is then ignored).
pub fn read_table(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ExchangeError> {
    check_size(bytes)?;
    guarded(|| read_table_unguarded(bytes, sheet))
}

/// The sheets of an XLSX workbook, in order; empty for a CSV file.
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, ExchangeError> {
    check_size(bytes)?;
    if file_kind(bytes) == FileKind::Text {
        return Ok(Vec::new());
    }
    guarded(|| {
        check_container(bytes)?;
        let workbook = open_workbook(bytes)?;
        Ok(calamine::Reader::sheet_names(&workbook))
    })
}

/// [`read_table`] without the thread and the panic guard, for the fuzz targets, which must see
/// a panic as the bug it is. Everything else calls [`read_table`].
#[doc(hidden)]
pub fn read_table_unguarded(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ExchangeError> {
    check_size(bytes)?;
    let table = match file_kind(bytes) {
        FileKind::Workbook => read_workbook(bytes, sheet)?,
        FileKind::Text => read_text(bytes)?,
    };
    if table.rows.is_empty() {
        return Err(ExchangeError::FileEmpty);
    }
    Ok(table)
}

fn check_size(bytes: &[u8]) -> Result<(), ExchangeError> {
    if bytes.is_empty() {
        return Err(ExchangeError::FileEmpty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ExchangeError::FileTooLarge { max_megabytes: (MAX_FILE_BYTES / (1024 * 1024)) as u64 });
    }
    Ok(())
}

thread_local! {
    /// Set on the reading thread: a panic there is a refused file, not a bug to print.
    static QUIET_PANICS: Cell<bool> = const { Cell::new(false) };
}

/// Wraps the process's panic hook once, so that panics on a reading thread print nothing (the
/// message could quote a cell); every other thread's panics go to the previous hook as before.
fn install_quiet_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET_PANICS.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `work` on a thread of its own; a panic there becomes [`ExchangeError::NotASpreadsheet`].
fn guarded<T: Send>(work: impl FnOnce() -> Result<T, ExchangeError> + Send) -> Result<T, ExchangeError> {
    install_quiet_panic_hook();
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new().name("escale-import-reader".into()).spawn_scoped(scope, || {
            QUIET_PANICS.with(|quiet| quiet.set(true));
            work()
        });
        match spawned {
            Ok(handle) => handle.join().unwrap_or(Err(ExchangeError::NotASpreadsheet)),
            // No thread to be had (the process is at its limit): the file is not read.
            Err(_) => Err(ExchangeError::NotASpreadsheet),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// XLSX

/// Measures every part of the zip container by unpacking it (declared sizes can lie), so that
/// calamine only ever opens a workbook whose parts fit in [`MAX_UNPACKED_BYTES`] together.
fn check_container(bytes: &[u8]) -> Result<(), ExchangeError> {
    let too_large = ExchangeError::FileTooLarge { max_megabytes: MAX_UNPACKED_BYTES / (1024 * 1024) };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ExchangeError::NotASpreadsheet)?;
    // A workbook has a few dozen parts; thousands are a crafted file.
    if archive.len() > 10_000 {
        return Err(ExchangeError::NotASpreadsheet);
    }
    let mut total: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(|_| ExchangeError::NotASpreadsheet)?;
        loop {
            let read = part.read(&mut buffer).map_err(|_| ExchangeError::NotASpreadsheet)?;
            if read == 0 {
                break;
            }
            total += read as u64;
            if total > MAX_UNPACKED_BYTES {
                return Err(too_large);
            }
        }
    }
    Ok(())
}

fn open_workbook(bytes: &[u8]) -> Result<calamine::Xlsx<Cursor<&[u8]>>, ExchangeError> {
    <calamine::Xlsx<_> as calamine::Reader<_>>::new(Cursor::new(bytes)).map_err(|_| ExchangeError::NotASpreadsheet)
}

fn read_workbook(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ExchangeError> {
    check_container(bytes)?;
    let mut workbook = open_workbook(bytes)?;
    let sheets = calamine::Reader::sheet_names(&workbook);
    let name = match sheet {
        Some(asked) => sheets
            .iter()
            .find(|name| name.as_str() == asked)
            // "beneficiaires" finds "Bénéficiaires": typed on a command line, accents and case
            // are easily lost.
            .or_else(|| sheets.iter().find(|name| loosely(name) == loosely(asked)))
            .cloned()
            .ok_or_else(|| ExchangeError::SheetMissing { asked: asked.to_string(), sheets: sheets.clone() })?,
        None => sheets.first().cloned().ok_or(ExchangeError::NotASpreadsheet)?,
    };
    let mut reader = workbook.worksheet_cells_reader(&name).map_err(|_| ExchangeError::NotASpreadsheet)?;
    // (row, column, text), in the order the sheet gives them (usually row by row).
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(|_| ExchangeError::NotASpreadsheet)? {
        let (row, column) = cell.get_position();
        let text = cell_text(cell.get_value());
        if text.trim().is_empty() {
            continue;
        }
        if column as usize >= MAX_COLUMNS {
            return Err(ExchangeError::TooManyColumns { max: MAX_COLUMNS });
        }
        if text.chars().count() > MAX_CELL_CHARS {
            return Err(ExchangeError::CellTooLong {
                line: row.saturating_add(1),
                column: column_letters(column as usize),
                max: MAX_CELL_CHARS,
            });
        }
        if cells.len() >= MAX_CELLS {
            return Err(ExchangeError::FileTooLarge { max_megabytes: (MAX_FILE_BYTES / (1024 * 1024)) as u64 });
        }
        cells.push((row, column, text));
    }
    drop(reader);
    cells.sort_by_key(|(row, column, _)| (*row, *column));
    let mut rows: Vec<TableRow> = Vec::new();
    for (row, column, text) in cells {
        let line = row.saturating_add(1);
        if rows.last().is_none_or(|last| last.line != line) {
            if rows.len() == MAX_ROWS {
                return Err(ExchangeError::TooManyRows { max: MAX_ROWS });
            }
            rows.push(TableRow { line, cells: Vec::new() });
        }
        let cells = &mut rows.last_mut().expect("a row was just pushed").cells;
        let column = column as usize;
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        // Two cells at one position (a crafted file): the last one wins.
        cells[column] = text;
    }
    Ok(Table { sheet: Some(name), sheets, rows })
}

/// A sheet name compared without case, accents or surrounding spaces (for the common Latin
/// letters of French: enough to find "Bénéficiaires" from "beneficiaires").
fn loosely(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// A cell's value as text: numbers without a useless ".0" (a birth year typed as a number),
/// dates as ISO days, formulas as the value cached in the file, errors (#N/A…) as nothing.
fn cell_text(value: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef;
    match value {
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) => number_text(*number),
        DataRef::String(text) => text.clone(),
        DataRef::SharedString(text) => (*text).to_string(),
        DataRef::Bool(true) => "TRUE".into(),
        DataRef::Bool(false) => "FALSE".into(),
        DataRef::DateTime(moment) if moment.is_datetime() && moment.as_f64().is_finite() && moment.as_f64() >= 1.0 => {
            let (year, month, day, ..) = moment.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        DataRef::DateTime(moment) => number_text(moment.as_f64()),
        DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => text.clone(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

fn number_text(number: f64) -> String {
    if number.is_finite() && number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        number.to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

/// The text of a CSV file: UTF-8 (with or without its byte order mark), UTF-16 with a byte
/// order mark, else Windows-1252, what French spreadsheets save as "CSV". A NUL character
/// means a binary file (a PDF, an old .xls), not text.
fn decode(bytes: &[u8]) -> Result<String, ExchangeError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        encoding_rs::UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
        }
    };
    if text.contains('\0') {
        return Err(ExchangeError::NotASpreadsheet);
    }
    Ok(text)
}

/// The separator of a CSV file: among `;` (French spreadsheets), `,` and tab, the one found
/// most often outside quotes in its first lines; `;` when none is (a single column).
fn sniff_separator(text: &str) -> u8 {
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    let mut lines = 0;
    for character in text.chars().take(64 * 1024) {
        match character {
            '"' => quoted = !quoted,
            '\n' if !quoted => {
                lines += 1;
                if lines == 20 {
                    break;
                }
            }
            ';' | '\t' | ',' if !quoted => {
                if let Some(count) = counts.iter_mut().find(|(separator, _)| char::from(*separator) == character) {
                    count.1 += 1;
                }
            }
            _ => {}
        }
    }
    // The first of the most frequent: `;` wins a tie, then tab, then `,`.
    let best = counts.iter().map(|(_, count)| *count).max().unwrap_or(0);
    counts.iter().find(|(_, count)| *count == best).map_or(b';', |(separator, _)| *separator)
}

fn read_text(bytes: &[u8]) -> Result<Table, ExchangeError> {
    // An old binary workbook (.xls, OLE compound file): not text, and not read here.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ExchangeError::NotASpreadsheet);
    }
    let text = decode(bytes)?;
    let separator = sniff_separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut cells_read = 0usize;
    let (mut newlines, mut counted_to) = (0usize, 0usize);
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => return Err(ExchangeError::NotASpreadsheet),
        }
        // The line the record starts on, counted from its byte offset (the csv crate's own
        // line count misses blank lines).
        let mut start = record.position().map_or(0, |position| position.byte() as usize).min(text.len());
        // The position given is where the reader stood, before the blank lines it skipped.
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start >= counted_to {
            newlines += bytecount_newlines(&text.as_bytes()[counted_to..start]);
            counted_to = start;
        }
        let line = u32::try_from(newlines + 1).unwrap_or(u32::MAX);
        let filled = (0..record.len()).rev().find(|&index| !record[index].trim().is_empty());
        let Some(last) = filled else { continue };
        if last >= MAX_COLUMNS {
            return Err(ExchangeError::TooManyColumns { max: MAX_COLUMNS });
        }
        if rows.len() == MAX_ROWS {
            return Err(ExchangeError::TooManyRows { max: MAX_ROWS });
        }
        let mut cells = Vec::with_capacity(last + 1);
        for (column, cell) in record.iter().take(last + 1).enumerate() {
            if cell.chars().count() > MAX_CELL_CHARS {
                return Err(ExchangeError::CellTooLong { line, column: column_letters(column), max: MAX_CELL_CHARS });
            }
            cells.push(unguarded(cell).to_string());
        }
        cells_read += cells.len();
        if cells_read > MAX_CELLS {
            return Err(ExchangeError::FileTooLarge { max_megabytes: (MAX_FILE_BYTES / (1024 * 1024)) as u64 });
        }
        rows.push(TableRow { line, cells });
    }
    Ok(Table { sheet: None, sheets: Vec::new(), rows })
}

/// A CSV cell without the apostrophe that guards text starting like a formula (OWASP's rule,
/// which Escale's own exports and many tools follow: `'+33 6…`, `'=…`): the apostrophe is not
/// part of the text, as a spreadsheet opening the file shows. Any other apostrophe is kept.
fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Line breaks as the csv crate reads them: LF, CRLF, and a CR alone (old Mac files).
fn bytecount_newlines(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(index, &byte)| byte == b'\n' || (byte == b'\r' && bytes.get(index + 1) != Some(&b'\n')))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(table: &Table) -> Vec<(u32, Vec<&str>)> {
        table.rows.iter().map(|row| (row.line, row.cells.iter().map(String::as_str).collect())).collect()
    }

    #[test]
    fn separators_are_found_from_the_first_lines() {
        assert_eq!(sniff_separator("Nom;Prénom\nMartin;Léa\n"), b';', "French CSV: semicolons");
        assert_eq!(sniff_separator("Nom,Prénom\nMartin,Léa\n"), b',', "commas");
        assert_eq!(sniff_separator("Nom\tPrénom\nMartin\tLéa\n"), b'\t', "tabs");
        assert_eq!(
            sniff_separator("Nom;Notes\nMartin;\"a, b, c, d\"\n"),
            b';',
            "commas inside quotes do not count"
        );
        assert_eq!(sniff_separator("Nom\nMartin\n"), b';', "one column: any separator will do");
    }

    #[test]
    fn formula_guards_are_taken_off_csv_cells() {
        let table = read_table_unguarded("Tél.;Notes;Nom\n'+33 6 12 34 56 78;'=1+1;'t Hooft\n".as_bytes(), None)
            .expect("a small CSV file reads");
        assert_eq!(
            table.rows[1].cells,
            vec!["+33 6 12 34 56 78", "=1+1", "'t Hooft"],
            "the guarding apostrophe goes, an apostrophe that belongs to the text stays"
        );
    }

    #[test]
    fn csv_lines_are_numbered_as_the_file_shows_them() {
        let table = read_table_unguarded(b"Nom;Pr\xc3\xa9nom\r\n\r\n\"Martin\nDupont\";L\xc3\xa9a\r\nDiallo;Awa;;\r\n", None)
            .expect("a small CSV file reads");
        assert_eq!(
            lines(&table),
            vec![(1, vec!["Nom", "Prénom"]), (3, vec!["Martin\nDupont", "Léa"]), (5, vec!["Diallo", "Awa"])],
            "empty lines are skipped but counted, a quoted newline keeps its record on its first line, trailing empty cells go"
        );
        // Found by the fuzzer: a CR alone ends a record too, and each record has its own line.
        let table = read_table_unguarded(b"Nom;Genre\r;F\r\n\"Martin\r\nDupont\";F\r\n", None).expect("reads");
        assert_eq!(
            lines(&table),
            vec![(1, vec!["Nom", "Genre"]), (2, vec!["", "F"]), (3, vec!["Martin\r\nDupont", "F"])],
            "a CR alone is a line break, as the csv crate reads it"
        );
    }
}
