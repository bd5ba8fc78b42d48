//! The report of an import's preview that the mediator downloads: every refused line with
//! each reason, the lines taken without their commune, and the likely duplicates, one row per
//! remark, in the interface language. CSV in UTF-8 with a byte order mark and `;` between
//! fields: what a French spreadsheet opens without asking.
//!
//! It holds line numbers, field names and reasons; never what the lines contain, so that the
//! file can be passed on without the people's data.

use escale_core::i18n::Localizer;
use escale_core::people::import::{ImportPreview, LikelyDuplicate, LineIssue};

/// The label of a field of the form, or its id when it has none.
pub fn field_label(localizer: &Localizer, field: Option<&str>) -> String {
    match field {
        Some(field) => {
            let id = format!("import-field-{field}");
            if localizer.has_message(&id) { localizer.text(&id) } else { field.to_string() }
        }
        None => String::new(),
    }
}

pub fn reason(localizer: &Localizer, issue: &LineIssue) -> String {
    localizer.coded(&issue.code, issue.arguments.iter().map(|(name, value)| (name.as_str(), value.as_str())))
}

/// Why a line looks like a duplicate: an earlier line, or people already here.
pub fn duplicate_reason(localizer: &Localizer, line: &LikelyDuplicate) -> String {
    match line.earlier_line {
        Some(earlier) if line.existing_ids.is_empty() => localizer.message("import-duplicate-of-line", &[("line", earlier.into())]),
        _ => localizer.message("import-duplicate-of-existing", &[("count", line.existing_ids.len().into())]),
    }
}

/// The report as the bytes of a CSV file.
pub fn issues_csv(preview: &ImportPreview, localizer: &Localizer) -> Vec<u8> {
    // (line, order within the line, field, reason, outcome)
    let mut rows: Vec<(u32, usize, String, String, String)> = Vec::new();
    let refused = localizer.text("import-report-refused");
    for (order, issue) in preview.rejected.iter().enumerate() {
        rows.push((issue.line, order, field_label(localizer, issue.field.as_deref()), reason(localizer, issue), refused.clone()));
    }
    let kept = localizer.text("import-report-kept");
    for (order, issue) in preview.remarks.iter().enumerate() {
        rows.push((issue.line, order, field_label(localizer, issue.field.as_deref()), reason(localizer, issue), kept.clone()));
    }
    let duplicate = localizer.text("import-report-likely-duplicate");
    for (order, line) in preview.likely_duplicates.iter().enumerate() {
        rows.push((line.line, order, field_label(localizer, Some("name")), duplicate_reason(localizer, line), duplicate.clone()));
    }
    rows.sort_by_key(|(line, order, ..)| (*line, *order));
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(&mut bytes);
        let header = ["import-report-line", "import-report-field", "import-report-reason", "import-report-outcome"]
            .map(|id| localizer.text(id));
        // Writing into memory cannot fail.
        let _ = writer.write_record(&header);
        for (line, _, field, reason, outcome) in rows {
            let _ = writer.write_record([line.to_string(), field, reason, outcome]);
        }
        let _ = writer.flush();
    }
    bytes
}
