//! The document model: what a printed document says, block after block, without a coordinate.
//! The renderer (`layout`) decides where each block goes, breaks pages, repeats table headers
//! and numbers the pages; a new document is a list of blocks.
//!
//! # Two languages: side by side, row by row
//!
//! A document for a person who reads another language than French is printed in French and in
//! their language, **side by side**: French in the left column, their language in the right
//! one, each block of text a row whose two halves start at the same height. This layout was
//! chosen over alternating blocks (French, then the translation, then French…) because:
//! - someone who reads only one of the two languages reads one column straight down and never
//!   has to find, after every paragraph, where their language starts again;
//! - the mediator and the person can point at the same row: "this line, here, is what to
//!   bring"; an administration reads the French column alone;
//! - right to left fits: the Arabic, Persian or Pashto column is the right one, where a reader
//!   of those scripts starts, and its lines are aligned on the right;
//! - tables and checklists keep one row per item (the French label above, the translation
//!   below, in the same cell), so nothing is written twice that needs no translation: a file
//!   number, a phone number, a date box to fill in.
//!
//! The cost is narrower columns (more lines); the documents are short. When the document
//! language is French, there is one full-width column.

use crate::pictograms::Pictogram;

/// The same text in French and, in a bilingual document, in the person's language. Without a
/// translation the text is written once, across the width of both columns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bilingual {
    pub french: String,
    /// `None` in a French-only document.
    pub translated: Option<String>,
}

impl Bilingual {
    /// Text that is the same in every language (a name, an address, a phone number): written
    /// once, across both columns.
    pub fn same(text: impl Into<String>) -> Bilingual {
        Bilingual { french: text.into(), translated: None }
    }
}

/// A document: its title (also the PDF's), its languages, its blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: Bilingual,
    /// The person's language for the right column; `None` for French only.
    pub translated_language: Option<String>,
    pub blocks: Vec<Block>,
}

/// One block of a document, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section title, kept with what follows it (never alone at the bottom of a page).
    Heading(Bilingual),
    /// One text, full width: what the mediator typed (next steps), in the language they typed
    /// it in. `language` when it is known; otherwise its direction is that of its first letter.
    Paragraph { text: String, language: Option<String> },
    /// The same content in both languages, side by side (French alone, full width, when the
    /// document is French only).
    TwoLanguages(Bilingual),
    /// Rows under a header row that is repeated at the top of each page the table runs on.
    Table(Table),
    /// Items to tick, each with a drawn box (and a pictogram when it is a paper to bring).
    Checklist(Vec<ChecklistItem>),
    /// A pictogram beside a line of text (a contact's phone, e-mail).
    Pictogram { pictogram: Pictogram, text: Bilingual },
    /// Boxes to sign in, side by side, each under its caption.
    SignatureBoxes(Vec<Bilingual>),
    /// Empty room, in points.
    Spacer(f32),
    /// Headline figures, each a number above its label, in tiles four to a row.
    KeyFigures(Vec<KeyFigure>),
    /// A horizontal bar chart that is also its own table: one row per value, its label, a bar
    /// as long as its share of the largest value, and its figures written out beside it (a
    /// reader of the paper, or of the PDF's text, reads the numbers, not the lengths).
    Bars(Vec<Bar>),
    /// A column chart over time (the last twelve months): each column with its figure above
    /// and its label below; moved whole to the next page rather than cut.
    Columns(Vec<Bar>),
}

/// A headline figure: "1 234" above "Accompagnements".
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// The number, already written as the document's language writes numbers.
    pub value: String,
    pub label: Bilingual,
}

/// One bar of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: Bilingual,
    /// What the bar's length is drawn from.
    pub value: u64,
    /// The figures written beside the bar ("42 (35 %)"), the same in every language.
    pub figure: String,
}

/// A table: its columns (header and share of the width) and its rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: Bilingual,
    /// Relative width: the columns share the page in proportion.
    pub share: f32,
}

/// What a table cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Words to translate: the French above, the translation below it.
    Words(Bilingual),
    /// The same in every language (a file number); `None` shows a dash.
    Code(Option<String>),
    /// What the mediator typed, as typed (its direction from its first letter).
    Typed(String),
}

/// One thing to tick.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistItem {
    /// A drawing of the paper; `None` for items that are no paper (what a person agrees to).
    pub pictogram: Option<Pictogram>,
    pub label: Bilingual,
    /// Drawn ticked (already done); most lists are printed to tick by hand.
    pub ticked: bool,
}
