//! Tests of the printed documents, read back as a person's PDF reader would: the text extracted
//! by `pdftotext` (in logical order), the fonts listed by `pdffonts` (embedded, subset), the
//! file checked by `qpdf --check`, and pages rendered by `pdftoppm` compared with reviewed
//! reference images (poppler-utils and qpdf: `scripts/install-deps.sh --test`).

mod from_store;
mod pdf_tools;
mod rendering;
mod report;
mod support;
