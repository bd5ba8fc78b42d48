//! Arbitrary bytes into the backup reader: the magic, version and header parsing, the length
//! checks and the streaming checksum (everything `escale backup verify --without-secret` runs
//! before any secret is typed). It must never panic, and its memory must stay bounded whatever
//! the header claims (scripts/fuzz.sh runs it with -malloc_limit_mb).
#![no_main]

use escale_core::backup::check_structure;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A file read as it is.
    let _ = check_structure(data, data.len() as u64);
    // A file whose length changed between being measured and being read (a USB key pulled
    // out, a copy still running): the first byte sets how wrong the measured length is, in
    // either direction, up to lengths near u64::MAX.
    if let Some((&error, rest)) = data.split_first() {
        let measured = (rest.len() as u64).wrapping_add(u64::from(error)).wrapping_sub(128);
        let _ = check_structure(rest, measured);
    }
});
