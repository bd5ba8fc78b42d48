//! Arbitrary bytes into the spreadsheet reader as the app calls it (`read_table`: size cap,
//! unpacked-size check, calamine on a thread of its own). A panic inside calamine is a refused
//! file by design, so what this finds is what the guard cannot catch: an abort, a stack
//! overflow, a hang, or memory beyond the reader's caps (scripts/fuzz.sh runs it with
//! -rss_limit_mb and -malloc_limit_mb).
#![no_main]

use escale_exchange::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read::sheet_names(data);
    let _ = read::read_table(data, None);
    // The sheet the national template's people are on, found by name.
    let _ = read::read_table(data, Some("Bénéficiaires"));
});
