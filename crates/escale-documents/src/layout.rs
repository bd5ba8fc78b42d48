//! From blocks to A4 pages: where every line, rule, box and pictogram goes.
//!
//! Text is placed line by line, so a page ends between two lines, never through one. A block
//! too tall for what is left of a page continues on the next one (a short block, a heading
//! with the start of its section, a table row, a checklist item and a signature box move
//! whole). A table's header row is drawn again at the top of each page it continues on. Page
//! numbers are added once the number of pages is known.

use crate::fonts::Weight;
use crate::model::{Bar, Bilingual, Block, Cell, ChecklistItem, Document, KeyFigure, Table};
use crate::paragraph::{BaseDirection, Line, Shaper, TextStyle};
use crate::pictograms::Pictogram;

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_SIDE: f32 = 45.0;
pub const MARGIN_TOP: f32 = 45.0;
/// Room kept at the bottom for the page numbers.
const MARGIN_BOTTOM: f32 = 60.0;
pub const FOOTER_TOP: f32 = PAGE_HEIGHT - 42.0;
/// Between the French and the translated column.
const GUTTER: f32 = 20.0;

const TITLE: TextStyle = TextStyle { weight: Weight::Bold, size: 16.0 };
const HEADING: TextStyle = TextStyle { weight: Weight::Bold, size: 12.0 };
const BODY: TextStyle = TextStyle { weight: Weight::Regular, size: 10.0 };
const TABLE_HEADER: TextStyle = TextStyle { weight: Weight::Bold, size: 8.5 };
const TABLE_BODY: TextStyle = TextStyle { weight: Weight::Regular, size: 9.0 };
const FOOTER: TextStyle = TextStyle { weight: Weight::Regular, size: 8.0 };
const KEY_FIGURE: TextStyle = TextStyle { weight: Weight::Bold, size: 18.0 };
const CHART_LABEL: TextStyle = TextStyle { weight: Weight::Regular, size: 7.5 };

const TEXT_GREY: f32 = 0.0;
const SOFT_GREY: f32 = 0.35;
const RULE_GREY: f32 = 0.55;
const FILL_GREY: f32 = 0.92;
/// Bars: dark enough to read on a black and white printer, light enough to save its toner.
const BAR_GREY: f32 = 0.45;

/// Something drawn on a page. Coordinates are in points from the page's top left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A line of text; `x` is its left edge, `baseline` its baseline.
    Text { x: f32, baseline: f32, line: Line, grey: f32 },
    Rule { from: (f32, f32), to: (f32, f32), width: f32, grey: f32 },
    /// A rectangle from its top left corner: filled, outlined or both.
    Rectangle { x: f32, y: f32, width: f32, height: f32, fill: Option<f32>, outline: Option<f32> },
    Pictogram { pictogram: Pictogram, x: f32, y: f32, size: f32 },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

/// The footer of page `page` of `pages` (1-based), in both languages.
pub type Footer<'a> = dyn Fn(usize, usize) -> Bilingual + 'a;

/// Lays the document out on A4 pages, then writes each page's footer.
pub fn lay_out(document: &Document, footer: &Footer<'_>) -> Vec<Page> {
    let mut flow = Flow::new(document.translated_language.clone());
    flow.title(&document.title);
    for block in &document.blocks {
        flow.block(block);
    }
    let mut pages = flow.finish();
    let count = pages.len();
    let mut shaper = Shaper::default();
    let columns = Columns::of(document.translated_language.is_some());
    for (index, page) in pages.iter_mut().enumerate() {
        let text = footer(index + 1, count);
        page.items.push(Item::Rule {
            from: (MARGIN_SIDE, FOOTER_TOP - 6.0),
            to: (PAGE_WIDTH - MARGIN_SIDE, FOOTER_TOP - 6.0),
            width: 0.4,
            grey: RULE_GREY,
        });
        let french = shaper.lay_out(&text.french, FOOTER, BaseDirection::LeftToRight, "fr", columns.french.1);
        place_lines(&mut page.items, &french, columns.french, FOOTER_TOP, SOFT_GREY);
        if let (Some(translated), Some(language), Some(column)) =
            (&text.translated, &document.translated_language, columns.translated)
        {
            let lines = shaper.lay_out(translated, FOOTER, BaseDirection::of_language(language), language, column.1);
            place_lines(&mut page.items, &lines, column, FOOTER_TOP, SOFT_GREY);
        }
    }
    pages
}

/// Places `lines` from `top` in a column (`x`, `width`), each aligned on its own side.
fn place_lines(items: &mut Vec<Item>, lines: &[Line], (x, width): (f32, f32), top: f32, grey: f32) -> f32 {
    let mut y = top;
    for line in lines {
        items.push(text_item(line, x, width, y, grey));
        y += line.height();
    }
    y
}

fn text_item(line: &Line, x: f32, width: f32, top: f32, grey: f32) -> Item {
    let left = if line.right_to_left { x + width - line.width } else { x };
    Item::Text { x: left, baseline: top + line.baseline(), line: line.clone(), grey }
}

fn height_of(lines: &[Line]) -> f32 {
    lines.iter().map(Line::height).sum()
}

/// Where the columns of a row are: French, and the translation when there is one.
#[derive(Debug, Clone, Copy)]
struct Columns {
    french: (f32, f32),
    translated: Option<(f32, f32)>,
}

impl Columns {
    fn of(bilingual: bool) -> Columns {
        Columns::within(MARGIN_SIDE, PAGE_WIDTH - 2.0 * MARGIN_SIDE, bilingual)
    }

    /// From the French column's start to the end of the last column.
    fn span(&self) -> (f32, f32) {
        match self.translated {
            Some((x, width)) => (self.french.0, x + width - self.french.0),
            None => self.french,
        }
    }

    fn within(x: f32, width: f32, bilingual: bool) -> Columns {
        if bilingual {
            let half = (width - GUTTER) / 2.0;
            Columns { french: (x, half), translated: Some((x + half + GUTTER, half)) }
        } else {
            Columns { french: (x, width), translated: None }
        }
    }
}

/// The pages being filled, and where the next block goes.
struct Flow {
    pages: Vec<Page>,
    y: f32,
    language: Option<String>,
    shaper: Shaper,
}

/// Where the text of a page ends: lines below belong to the footer.
pub const BODY_BOTTOM: f32 = PAGE_HEIGHT - MARGIN_BOTTOM;
const BODY_HEIGHT: f32 = BODY_BOTTOM - MARGIN_TOP;

impl Flow {
    fn new(language: Option<String>) -> Flow {
        Flow { pages: vec![Page::default()], y: MARGIN_TOP, language, shaper: Shaper::default() }
    }

    fn finish(self) -> Vec<Page> {
        self.pages
    }

    fn bilingual(&self) -> bool {
        self.language.is_some()
    }

    fn items(&mut self) -> &mut Vec<Item> {
        &mut self.pages.last_mut().expect("a flow always has a page").items
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    fn at_page_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.01
    }

    fn room(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    /// Starts a new page unless `height` fits below.
    fn keep(&mut self, height: f32) {
        if height > self.room() && !self.at_page_top() {
            self.new_page();
        }
    }

    fn space(&mut self, height: f32) {
        if !self.at_page_top() {
            self.y = (self.y + height).min(BODY_BOTTOM);
        }
    }

    /// The row of `text` in `columns`: French and translated lines side by side, or the text
    /// once across both columns when it has no translation (a name, a phone number).
    fn bilingual_row(&mut self, text: &Bilingual, style: TextStyle, columns: Columns) -> Vec<((f32, f32), Vec<Line>)> {
        if text.translated.is_none() {
            let span = columns.span();
            let lines = self.shaper.lay_out(&text.french, style, BaseDirection::LeftToRight, "fr", span.1);
            return vec![(span, lines)];
        }
        let (french, translated) = self.lines(text, style, columns);
        vec![(columns.french, french), (columns.translated.unwrap_or_default(), translated)]
    }

    /// French and translated lines of `text` for the given columns.
    fn lines(&mut self, text: &Bilingual, style: TextStyle, columns: Columns) -> (Vec<Line>, Vec<Line>) {
        let french = self.shaper.lay_out(&text.french, style, BaseDirection::LeftToRight, "fr", columns.french.1);
        let translated = match (&text.translated, &self.language, columns.translated) {
            (Some(translated), Some(language), Some(column)) => {
                let language = language.clone();
                self.shaper.lay_out(translated, style, BaseDirection::of_language(&language), &language, column.1)
            }
            _ => Vec::new(),
        };
        (french, translated)
    }

    fn title(&mut self, title: &Bilingual) {
        let columns = Columns::of(self.bilingual());
        let row = self.bilingual_row(title, TITLE, columns);
        self.row(row, TEXT_GREY, true);
        self.y += 4.0;
        let y = self.y;
        self.items().push(Item::Rule { from: (MARGIN_SIDE, y), to: (PAGE_WIDTH - MARGIN_SIDE, y), width: 1.2, grey: TEXT_GREY });
        self.y += 8.0;
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => self.heading(text),
            Block::Paragraph { text, language } => self.paragraph(text, language.as_deref()),
            Block::TwoLanguages(text) => {
                let columns = Columns::of(self.bilingual());
                let row = self.bilingual_row(text, BODY, columns);
                self.row(row, TEXT_GREY, false);
                self.y += 3.0;
            }
            Block::Table(table) => self.table(table),
            Block::Checklist(items) => {
                for item in items {
                    self.checklist_item(item);
                }
                self.y += 3.0;
            }
            Block::Pictogram { pictogram, text } => self.pictogram_line(*pictogram, text),
            Block::SignatureBoxes(captions) => self.signature_boxes(captions),
            Block::Spacer(height) => self.space(*height),
            Block::KeyFigures(figures) => self.key_figures(figures),
            Block::Bars(bars) => self.bars(bars),
            Block::Columns(columns) => self.columns(columns),
        }
    }

    /// Tiles of four to a row, each row kept whole: the number, then its label below.
    fn key_figures(&mut self, figures: &[KeyFigure]) {
        const PER_ROW: usize = 4;
        const GAP: f32 = 8.0;
        const PAD: f32 = 6.0;
        let content = PAGE_WIDTH - 2.0 * MARGIN_SIDE;
        let width = (content - GAP * (PER_ROW as f32 - 1.0)) / PER_ROW as f32;
        for row in figures.chunks(PER_ROW) {
            let laid: Vec<(Vec<Line>, Vec<Line>)> = row
                .iter()
                .map(|figure| {
                    let number =
                        self.shaper.lay_out(&figure.value, KEY_FIGURE, BaseDirection::LeftToRight, "und", width - 2.0 * PAD);
                    (number, self.cell_lines(&Cell::Words(figure.label.clone()), TABLE_HEADER, width - 2.0 * PAD))
                })
                .collect();
            let height = laid.iter().map(|(number, label)| height_of(number) + height_of(label)).fold(0.0, f32::max) + 2.0 * PAD;
            self.keep(height + GAP);
            let top = self.y;
            for (index, (number, label)) in laid.iter().enumerate() {
                let x = MARGIN_SIDE + index as f32 * (width + GAP);
                let items = self.items();
                items.push(Item::Rectangle { x, y: top, width, height, fill: Some(FILL_GREY), outline: None });
                let y = place_lines(items, number, (x + PAD, width - 2.0 * PAD), top + PAD, TEXT_GREY);
                place_lines(items, label, (x + PAD, width - 2.0 * PAD), y, SOFT_GREY);
            }
            self.y = top + height + GAP;
        }
    }

    /// One row per bar: its label on the reading side, the bar, its figures. A row moves whole
    /// to the next page.
    fn bars(&mut self, bars: &[Bar]) {
        const BAR_HEIGHT: f32 = 9.0;
        const ROW_GAP: f32 = 4.0;
        let content = PAGE_WIDTH - 2.0 * MARGIN_SIDE;
        let label_width = content * 0.42;
        let figure_width = content * 0.16;
        let track = content - label_width - figure_width - 16.0;
        let largest = bars.iter().map(|bar| bar.value).max().unwrap_or(0).max(1);
        let rows: Vec<(Vec<Line>, Vec<Line>, f32)> = bars
            .iter()
            .map(|bar| {
                let label = self.cell_lines(&Cell::Words(bar.label.clone()), TABLE_BODY, label_width);
                let figure = self.shaper.lay_out(&bar.figure, TABLE_BODY, BaseDirection::LeftToRight, "und", figure_width);
                let height = height_of(&label).max(height_of(&figure)).max(BAR_HEIGHT) + ROW_GAP;
                (label, figure, height)
            })
            .collect();
        for (index, (bar, (label, figure, height))) in bars.iter().zip(&rows).enumerate() {
            let height = height - ROW_GAP;
            // The last bar never goes alone at the top of a page: the one before goes with it.
            let with_next = if index + 2 == rows.len() { rows[index + 1].2 } else { 0.0 };
            self.keep(height + ROW_GAP + with_next);
            let top = self.y;
            let bar_x = MARGIN_SIDE + label_width + 8.0;
            let length = track * (bar.value as f32 / largest as f32);
            let first_line = label.first().map_or(BAR_HEIGHT, Line::height);
            let bar_top = top + (first_line - BAR_HEIGHT).max(0.0) / 2.0;
            let items = self.items();
            place_lines(items, label, (MARGIN_SIDE, label_width), top, TEXT_GREY);
            // The track shows where the largest value would end; a zero shows as a track alone.
            items.push(Item::Rectangle { x: bar_x, y: bar_top, width: track, height: BAR_HEIGHT, fill: Some(FILL_GREY), outline: None });
            if length > 0.0 {
                items.push(Item::Rectangle { x: bar_x, y: bar_top, width: length.max(0.8), height: BAR_HEIGHT, fill: Some(BAR_GREY), outline: None });
            }
            place_lines(items, figure, (bar_x + track + 8.0, figure_width), top, TEXT_GREY);
            self.y = top + height + ROW_GAP;
        }
        self.y += 3.0;
    }

    /// Columns side by side over a base line, each figure above its column and its label below.
    fn columns(&mut self, columns: &[Bar]) {
        const CHART_HEIGHT: f32 = 110.0;
        if columns.is_empty() {
            return;
        }
        let content = PAGE_WIDTH - 2.0 * MARGIN_SIDE;
        let slot = content / columns.len() as f32;
        let column_width = slot * 0.6;
        let largest = columns.iter().map(|column| column.value).max().unwrap_or(0).max(1);
        let laid: Vec<(Vec<Line>, Vec<Line>)> = columns
            .iter()
            .map(|column| {
                let figure = self.shaper.lay_out(&column.figure, CHART_LABEL, BaseDirection::LeftToRight, "und", slot);
                (figure, self.cell_lines(&Cell::Words(column.label.clone()), CHART_LABEL, slot - 2.0))
            })
            .collect();
        let figure_height = laid.iter().map(|(figure, _)| height_of(figure)).fold(0.0, f32::max);
        let label_height = laid.iter().map(|(_, label)| height_of(label)).fold(0.0, f32::max);
        self.keep(figure_height + CHART_HEIGHT + 2.0 + label_height + 8.0);
        let base = self.y + figure_height + CHART_HEIGHT;
        for (index, (column, (figure, label))) in columns.iter().zip(&laid).enumerate() {
            let slot_x = MARGIN_SIDE + index as f32 * slot;
            let height = CHART_HEIGHT * (column.value as f32 / largest as f32);
            let items = self.items();
            if height > 0.0 {
                let height = height.max(0.8);
                items.push(Item::Rectangle {
                    x: slot_x + (slot - column_width) / 2.0,
                    y: base - height,
                    width: column_width,
                    height,
                    fill: Some(BAR_GREY),
                    outline: None,
                });
            }
            let figure_top = base - height - height_of(figure) - 1.0;
            for line in figure {
                items.push(Item::Text { x: slot_x + (slot - line.width) / 2.0, baseline: figure_top + line.baseline(), line: line.clone(), grey: TEXT_GREY });
            }
            let mut y = base + 3.0;
            for line in label {
                items.push(Item::Text { x: slot_x + (slot - line.width) / 2.0, baseline: y + line.baseline(), line: line.clone(), grey: SOFT_GREY });
                y += line.height();
            }
        }
        let items = self.items();
        items.push(Item::Rule { from: (MARGIN_SIDE, base), to: (PAGE_WIDTH - MARGIN_SIDE, base), width: 0.6, grey: TEXT_GREY });
        self.y = base + 3.0 + label_height + 8.0;
    }

    fn heading(&mut self, text: &Bilingual) {
        let columns = Columns::of(self.bilingual());
        let row = self.bilingual_row(text, HEADING, columns);
        let height = row.iter().map(|(_, lines)| height_of(lines)).fold(0.0, f32::max);
        // Kept with the start of its section: the heading and three lines of text.
        self.keep(8.0 + height + 4.0 + 3.0 * 14.0);
        self.space(8.0);
        self.row(row, TEXT_GREY, true);
        let y = self.y + 1.0;
        self.items().push(Item::Rule { from: (MARGIN_SIDE, y), to: (PAGE_WIDTH - MARGIN_SIDE, y), width: 0.5, grey: RULE_GREY });
        self.y += 5.0;
    }

    fn paragraph(&mut self, text: &str, language: Option<&str>) {
        let direction = language.map_or(BaseDirection::FirstStrong, BaseDirection::of_language);
        // Indented a little on both sides: the mediator's own words, as they typed them.
        let column = (MARGIN_SIDE + 8.0, PAGE_WIDTH - 2.0 * MARGIN_SIDE - 16.0);
        let lines = self.shaper.lay_out(text, BODY, direction, language.unwrap_or("und"), column.1);
        self.row(vec![(column, lines)], TEXT_GREY, false);
        self.y += 3.0;
    }

    /// Lines in columns that start at the same height; a page break may fall between two
    /// lines of each column. A row of a few lines that does not fit moves whole to the next
    /// page; `whole` keeps any row together when it fits on a page.
    fn row(&mut self, columns: Vec<((f32, f32), Vec<Line>)>, grey: f32, whole: bool) {
        let height = columns.iter().map(|(_, lines)| height_of(lines)).fold(0.0, f32::max);
        let most_lines = columns.iter().map(|(_, lines)| lines.len()).max().unwrap_or(0);
        if height > self.room() && (whole || most_lines <= 4) && height <= BODY_HEIGHT {
            self.keep(height);
        }
        let mut next: Vec<usize> = vec![0; columns.len()];
        loop {
            let top = self.y;
            let mut bottom = top;
            let mut placed = 0;
            for (index, ((x, width), lines)) in columns.iter().enumerate() {
                let mut y = top;
                while next[index] < lines.len() {
                    let line = &lines[next[index]];
                    // The first line of a page always goes: a line taller than a page is
                    // not cut, it overflows (never with Escale's sizes).
                    if y + line.height() > BODY_BOTTOM && y > MARGIN_TOP + 0.01 {
                        break;
                    }
                    self.pages.last_mut().expect("a page").items.push(text_item(line, *x, *width, y, grey));
                    y += line.height();
                    next[index] += 1;
                    placed += 1;
                }
                bottom = bottom.max(y);
            }
            self.y = bottom;
            let done = columns.iter().enumerate().all(|(index, (_, lines))| next[index] >= lines.len());
            if done {
                break;
            }
            if placed == 0 && self.at_page_top() {
                break;
            }
            self.new_page();
        }
    }

    fn pictogram_line(&mut self, pictogram: Pictogram, text: &Bilingual) {
        const ICON: f32 = 14.0;
        let full = Columns::of(self.bilingual());
        let indent = ICON + 6.0;
        let columns = Columns { french: (full.french.0 + indent, full.french.1 - indent), translated: full.translated };
        let row = self.bilingual_row(text, BODY, columns);
        let height = row.iter().map(|(_, lines)| height_of(lines)).fold(0.0, f32::max).max(ICON);
        self.keep(height);
        let y = self.y;
        self.items().push(Item::Pictogram { pictogram, x: MARGIN_SIDE, y: y + 1.0, size: ICON });
        self.row(row, TEXT_GREY, true);
        self.y = self.y.max(y + ICON + 2.0) + 2.0;
    }

    fn checklist_item(&mut self, item: &ChecklistItem) {
        const BOX: f32 = 11.0;
        const ICON: f32 = 18.0;
        let label_start = if item.pictogram.is_some() { BOX + 8.0 + ICON + 8.0 } else { BOX + 8.0 };
        let icon = if item.pictogram.is_some() { ICON } else { BOX };
        let full = Columns::of(self.bilingual());
        let columns = Columns {
            french: (MARGIN_SIDE + label_start, full.french.1 - label_start),
            translated: full.translated,
        };
        let row = self.bilingual_row(&item.label, BODY, columns);
        let text_height = row.iter().map(|(_, lines)| height_of(lines)).fold(0.0, f32::max);
        let height = text_height.max(icon) + 6.0;
        self.keep(height);
        let top = self.y + 3.0;
        let first_line = row[0].1.first().map_or(BODY.size, Line::height);
        let box_top = top + (first_line.max(icon) - BOX) / 2.0;
        self.items().push(Item::Rectangle { x: MARGIN_SIDE, y: box_top, width: BOX, height: BOX, fill: None, outline: Some(TEXT_GREY) });
        if item.ticked {
            self.items().push(Item::Rule {
                from: (MARGIN_SIDE + 2.0, box_top + BOX / 2.0),
                to: (MARGIN_SIDE + BOX / 2.0 - 0.5, box_top + BOX - 2.5),
                width: 1.2,
                grey: TEXT_GREY,
            });
            self.items().push(Item::Rule {
                from: (MARGIN_SIDE + BOX / 2.0 - 0.5, box_top + BOX - 2.5),
                to: (MARGIN_SIDE + BOX - 1.5, box_top + 2.0),
                width: 1.2,
                grey: TEXT_GREY,
            });
        }
        if let Some(pictogram) = item.pictogram {
            self.items().push(Item::Pictogram { pictogram, x: MARGIN_SIDE + BOX + 8.0, y: top, size: ICON });
        }
        let text_top = top + ((icon - text_height) / 2.0).max(0.0);
        self.y = text_top;
        self.row(row, TEXT_GREY, true);
        self.y = self.y.max(top + icon) + 3.0;
    }

    fn signature_boxes(&mut self, captions: &[Bilingual]) {
        const BOX_HEIGHT: f32 = 70.0;
        let count = captions.len().max(1) as f32;
        let width = (PAGE_WIDTH - 2.0 * MARGIN_SIDE - GUTTER * (count - 1.0)) / count;
        let mut laid = Vec::new();
        for caption in captions {
            let french = self.shaper.lay_out(&caption.french, BODY, BaseDirection::LeftToRight, "fr", width - 8.0);
            let translated = match (&caption.translated, self.language.clone()) {
                (Some(text), Some(language)) => {
                    self.shaper.lay_out(text, BODY, BaseDirection::of_language(&language), &language, width - 8.0)
                }
                _ => Vec::new(),
            };
            laid.push((french, translated));
        }
        let caption_height = laid.iter().map(|(f, t)| height_of(f) + height_of(t)).fold(0.0, f32::max);
        self.keep(caption_height + BOX_HEIGHT + 8.0);
        self.space(6.0);
        let top = self.y;
        for (index, (french, translated)) in laid.iter().enumerate() {
            let x = MARGIN_SIDE + index as f32 * (width + GUTTER);
            let items = &mut self.pages.last_mut().expect("a page").items;
            let y = place_lines(items, french, (x, width), top, TEXT_GREY);
            place_lines(items, translated, (x, width), y, TEXT_GREY);
            items.push(Item::Rectangle {
                x,
                y: top + caption_height + 2.0,
                width,
                height: BOX_HEIGHT,
                fill: None,
                outline: Some(TEXT_GREY),
            });
        }
        self.y = top + caption_height + 2.0 + BOX_HEIGHT + 6.0;
    }

    fn table(&mut self, table: &Table) {
        const PAD: f32 = 4.0;
        let total: f32 = table.columns.iter().map(|column| column.share).sum::<f32>().max(f32::EPSILON);
        let content = PAGE_WIDTH - 2.0 * MARGIN_SIDE;
        let mut x = MARGIN_SIDE;
        let mut spans = Vec::new();
        for column in &table.columns {
            let width = content * column.share / total;
            spans.push((x + PAD, width - 2.0 * PAD));
            x += width;
        }
        let header: Vec<Vec<Line>> = table
            .columns
            .iter()
            .zip(&spans)
            .map(|(column, span)| self.cell_lines(&Cell::Words(column.header.clone()), TABLE_HEADER, span.1))
            .collect();
        let header_height = header.iter().map(|lines| height_of(lines)).fold(0.0, f32::max) + 2.0 * PAD;
        let rows: Vec<Vec<Vec<Line>>> = table
            .rows
            .iter()
            .map(|row| row.iter().zip(&spans).map(|(cell, span)| self.cell_lines(cell, TABLE_BODY, span.1)).collect())
            .collect();

        let first_row = rows.first().map_or(0.0, |row| row_height(row, PAD));
        self.keep(header_height + first_row.min(BODY_HEIGHT / 2.0));
        self.table_header(&header, &spans, header_height, PAD);
        for row in &rows {
            let height = row_height(row, PAD);
            if height > self.room() && height <= BODY_HEIGHT - header_height {
                self.new_page();
                self.table_header(&header, &spans, header_height, PAD);
            }
            self.table_row(row, &spans, PAD, &header, header_height);
        }
        self.y += 6.0;
    }

    fn table_header(&mut self, header: &[Vec<Line>], spans: &[(f32, f32)], height: f32, pad: f32) {
        let top = self.y;
        let (left, right) = (MARGIN_SIDE, PAGE_WIDTH - MARGIN_SIDE);
        let items = self.items();
        items.push(Item::Rectangle { x: left, y: top, width: right - left, height, fill: Some(FILL_GREY), outline: None });
        for (lines, span) in header.iter().zip(spans) {
            place_lines(items, lines, *span, top + pad, TEXT_GREY);
        }
        items.push(Item::Rule { from: (left, top + height), to: (right, top + height), width: 0.8, grey: TEXT_GREY });
        self.y = top + height;
    }

    /// One row; a row taller than a page continues on the next, under the header again.
    fn table_row(&mut self, row: &[Vec<Line>], spans: &[(f32, f32)], pad: f32, header: &[Vec<Line>], header_height: f32) {
        let mut next = vec![0; row.len()];
        loop {
            let top = self.y + pad;
            let mut bottom = top;
            for (index, (lines, span)) in row.iter().zip(spans).enumerate() {
                let mut y = top;
                while next[index] < lines.len() {
                    let line = &lines[next[index]];
                    if y + line.height() + pad > BODY_BOTTOM && y > top {
                        break;
                    }
                    self.pages.last_mut().expect("a page").items.push(text_item(line, span.0, span.1, y, TEXT_GREY));
                    y += line.height();
                    next[index] += 1;
                }
                bottom = bottom.max(y);
            }
            self.y = bottom + pad;
            let y = self.y;
            self.items().push(Item::Rule { from: (MARGIN_SIDE, y), to: (PAGE_WIDTH - MARGIN_SIDE, y), width: 0.4, grey: RULE_GREY });
            if row.iter().enumerate().all(|(index, lines)| next[index] >= lines.len()) {
                break;
            }
            self.new_page();
            self.table_header(header, spans, header_height, pad);
        }
    }

    /// A cell's lines: French words, then their translation; codes and typed text once.
    fn cell_lines(&mut self, cell: &Cell, style: TextStyle, width: f32) -> Vec<Line> {
        match cell {
            Cell::Words(text) => {
                let mut lines = self.shaper.lay_out(&text.french, style, BaseDirection::LeftToRight, "fr", width);
                if let (Some(translated), Some(language)) = (&text.translated, self.language.clone()) {
                    lines.extend(self.shaper.lay_out(translated, style, BaseDirection::of_language(&language), &language, width));
                }
                lines
            }
            Cell::Code(code) => {
                let text = code.as_deref().filter(|code| !code.trim().is_empty()).unwrap_or("—");
                self.shaper.lay_out(text, style, BaseDirection::LeftToRight, "und", width)
            }
            Cell::Typed(text) => self.shaper.lay_out(text, style, BaseDirection::FirstStrong, "und", width),
        }
    }
}

fn row_height(row: &[Vec<Line>], pad: f32) -> f32 {
    row.iter().map(|lines| height_of(lines)).fold(0.0, f32::max) + 2.0 * pad
}
