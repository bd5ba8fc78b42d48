//! Arbitrary bytes into the CSV reader, without the panic guard: the encoding detection
//! (UTF-8 with or without its mark, UTF-16, Windows-1252), the separator sniffing, the line
//! numbers and the bounds are Escale's own code and the csv crate's, and must never panic.
#![no_main]

use escale_exchange::read::{self, FileKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Zip containers go to the XLSX reader (its own target).
    if read::file_kind(data) == FileKind::Text {
        if let Ok(table) = read::read_table_unguarded(data, None) {
            assert!(!table.rows.is_empty(), "a table read has at least one row");
            assert!(table.rows.windows(2).all(|pair| pair[0].line < pair[1].line), "lines are numbered in order");
        }
    }
});
