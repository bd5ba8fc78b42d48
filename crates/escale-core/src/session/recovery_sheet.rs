//! The recovery sheet: the recovery key on paper, with what it is for and how to keep it.
//!
//! Until the documents layer prints PDFs, the sheet is a plain self-contained HTML page (no
//! script, no remote resource) that any browser prints; the window shows the same content from
//! [`RecoverySheet`] with the same Fluent messages.

use serde::Serialize;
use zeroize::{Zeroize, Zeroizing};

use crate::i18n::Localizer;
use crate::storage::Store;

/// What the recovery sheet shows. Holds the recovery key: wiped from memory on drop.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoverySheet {
    /// The recovery key in 14 groups of 4 characters.
    pub groups: Vec<String>,
    /// The store's random identifier, to tell which laptop's sheet this is.
    pub store_id: String,
    /// The day the sheet was made (YYYY-MM-DD).
    pub made_on: String,
}

impl Drop for RecoverySheet {
    fn drop(&mut self) {
        self.groups.zeroize();
    }
}

impl Store {
    /// The recovery sheet of this store.
    pub fn recovery_sheet(&self) -> crate::CoreResult<RecoverySheet> {
        let key = self.recovery_key();
        Ok(RecoverySheet {
            groups: key.groups().into_iter().map(str::to_string).collect(),
            store_id: self.data_dir().key_settings()?.store_id,
            made_on: crate::clock::today().to_string(),
        })
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The sheet as a printable HTML page in the localizer's language.
pub fn recovery_sheet_html(sheet: &RecoverySheet, localizer: &Localizer) -> Zeroizing<String> {
    let text = |id: &str| escape(&localizer.text(id));
    let language = localizer.language();
    let direction = if crate::i18n::is_right_to_left(language) { "rtl" } else { "ltr" };
    let mut key_rows = String::new();
    for (index, pair) in sheet.groups.chunks(2).enumerate() {
        key_rows.push_str(&format!(
            "<tr><th>{}</th><td dir=\"ltr\">{}</td></tr>\n",
            index + 1,
            pair.iter().map(|group| escape(group)).collect::<Vec<_>>().join(" ")
        ));
    }
    let store_line = escape(&localizer.message(
        "recovery-sheet-store",
        &[("storeId", sheet.store_id.as_str().into()), ("date", sheet.made_on.as_str().into())],
    ));
    let page = format!(
        r#"<!DOCTYPE html>
<html lang="{language}" dir="{direction}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5; }}
h1 {{ font-size: 1.6em; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th {{ padding: 0.3em 1em; color: #555; font-weight: normal; }}
td {{ font-family: monospace; font-size: 1.6em; letter-spacing: 0.15em; padding: 0.2em 0.5em; border: 1px solid #999; }}
.warning {{ border: 2px solid #000; padding: 0.5em 1em; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<h2>{key_label}</h2>
<table>
{key_rows}</table>
<p class="warning">{keep}<br>{anyone}</p>
<p>{how}</p>
<p><small>{store_line}</small></p>
</body>
</html>
"#,
        title = text("recovery-sheet-title"),
        intro = text("recovery-sheet-intro"),
        key_label = text("recovery-sheet-key-label"),
        keep = text("recovery-sheet-keep"),
        anyone = text("recovery-sheet-anyone"),
        how = text("recovery-sheet-how"),
    );
    key_rows.zeroize();
    Zeroizing::new(page)
}
