//! Pages to a PDF file with printpdf's low-level operations: glyph ids placed one by one (the
//! shaping is done), paths for rules, boxes and pictograms.
//!
//! Fonts are embedded as subsets of the glyphs used, made by `subsetter` before printpdf sees
//! them: printpdf 0.12 subsets only with its `text_layout` feature (azul's layout engine, not
//! used here) and otherwise embeds whole fonts silently. Each subset is named with a subset
//! tag ("ABCDEF+NotoSans-Regular"), as the PDF standard asks, so readers (and `pdffonts`) see it
//! is one. Each glyph carries the characters it stands for, which printpdf writes into the
//! font's ToUnicode map: copying text and `pdftotext` give the words back.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Color, Greyscale, Line as PdfLine, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

use crate::fonts::{self, FontIndex};
use crate::layout::{Item, PAGE_HEIGHT, Page};
use crate::pictograms::{GRID, GridPoint, Segment};

/// What the PDF says about itself.
#[derive(Debug, Clone)]
pub struct Metadata {
    pub title: String,
    /// The document's languages as BCP 47 tags, French first ("fr", or "fr" and "ar"): the
    /// catalog's /Lang is the first; the others are named in the subject.
    pub languages: Vec<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub subject: String,
}

/// A failure of the PDF writer itself (never expected: a test renders every document).
#[derive(Debug)]
pub struct RenderError(pub String);

/// Writes `pages` as a PDF.
pub fn write(pages: &[Page], metadata: &Metadata) -> Result<Vec<u8>, RenderError> {
    let mut document = PdfDocument::new(&metadata.title);

    // The glyphs each font draws, then one subset per font.
    let mut used: BTreeMap<FontIndex, BTreeSet<u16>> = BTreeMap::new();
    for page in pages {
        for item in &page.items {
            if let Item::Text { line, .. } = item {
                for glyph in &line.glyphs {
                    used.entry(glyph.font).or_default().insert(glyph.glyph);
                }
            }
        }
    }
    let mut embedded: BTreeMap<FontIndex, (printpdf::FontId, subsetter::GlyphRemapper)> = BTreeMap::new();
    for (font, glyphs) in &used {
        let glyphs: Vec<u16> = glyphs.iter().copied().collect();
        let remapper = subsetter::GlyphRemapper::new_from_glyphs_sorted(&glyphs);
        let file = &fonts::FONTS[font.0];
        let subset = subsetter::subset(file.data, 0, &remapper)
            .map_err(|error| RenderError(format!("subsetting {}: {error:?}", file.name)))?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&subset, 0, &mut warnings)
            .ok_or_else(|| RenderError(format!("the subset of {} does not parse", file.name)))?;
        parsed.font_name = Some(format!("{}+{}", subset_tag(file.name, &glyphs), file.name));
        let id = document.add_font(&parsed);
        embedded.insert(*font, (id, remapper));
    }

    let pdf_pages = pages.iter().map(|page| PdfPage::new(Mm(210.0), Mm(297.0), operations(page, &embedded))).collect();
    document.with_pages(pdf_pages);

    let info = &mut document.metadata.info;
    info.document_title = metadata.title.clone();
    info.creator = "Escale".into();
    info.producer = "Escale".into();
    info.subject = metadata.subject.clone();
    let created = printpdf::OffsetDateTime::from_unix_timestamp(metadata.created_at.timestamp())
        .map_err(|error| RenderError(error.to_string()))?;
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;

    let options = PdfSaveOptions { optimize: true, subset_fonts: false, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut written = document.to_lopdf_document(&options, &mut warnings);
    // printpdf has no field for the document's language, which screen readers and text
    // extraction use: set it on the catalog, and ask viewers to show the title, not the name.
    let language = metadata.languages.first().cloned().unwrap_or_else(|| "fr".into());
    let catalog = written.catalog_mut().map_err(|error| RenderError(error.to_string()))?;
    catalog.set("Lang", lopdf::Object::string_literal(language));
    catalog.set(
        "ViewerPreferences",
        lopdf::Object::Dictionary(lopdf::Dictionary::from_iter(vec![("DisplayDocTitle", lopdf::Object::Boolean(true))])),
    );
    written.compress();
    let mut bytes = Vec::new();
    written.save_to(&mut bytes).map_err(|error| RenderError(error.to_string()))?;
    Ok(bytes)
}

/// Six capital letters naming a subset, the same for the same glyphs of the same font.
fn subset_tag(name: &str, glyphs: &[u16]) -> String {
    // FNV-1a: stable across runs and versions, unlike the standard library's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = name.bytes().chain(glyphs.iter().flat_map(|glyph| glyph.to_be_bytes()));
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (0..6)
        .map(|index| {
            let letter = (hash >> (index * 5)) % 26;
            char::from(b'A' + letter as u8)
        })
        .collect()
}

/// A marked-content property list `<< /ActualText <FEFF…> >>` (UTF-16 with its byte order mark).
fn actual_text(text: &str) -> printpdf::DictItem {
    let mut data = vec![0xfe, 0xff];
    for unit in text.encode_utf16() {
        data.extend(unit.to_be_bytes());
    }
    let mut map = std::collections::BTreeMap::new();
    map.insert("ActualText".to_string(), printpdf::DictItem::String { data, literal: false });
    printpdf::DictItem::Dict { map }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale::new(level, None))
}

/// From the layout's top-left origin to the PDF's bottom-left one.
fn flip(y: f32) -> f32 {
    PAGE_HEIGHT - y
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(flip(y)) }
}

fn operations(page: &Page, embedded: &BTreeMap<FontIndex, (printpdf::FontId, subsetter::GlyphRemapper)>) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            Item::Text { x, baseline, line, grey: level } => {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFillColor { col: grey(*level) });
                let mut current: Option<FontIndex> = None;
                let mut span_left = 0usize;
                for glyph in &line.glyphs {
                    let Some((id, remapper)) = embedded.get(&glyph.font) else { continue };
                    if let Some((count, actual)) = &glyph.actual_text {
                        if span_left > 0 {
                            ops.push(Op::EndMarkedContent);
                        }
                        ops.push(Op::BeginMarkedContentWithProperties { tag: "Span".into(), properties: actual_text(actual) });
                        span_left = *count;
                    }
                    if current != Some(glyph.font) {
                        ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(line.size) });
                        current = Some(glyph.font);
                    }
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(x + glyph.x), Pt(flip(baseline - glyph.y))),
                    });
                    let code = remapper.get(glyph.glyph).unwrap_or(0);
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(vec![printpdf::Codepoint {
                            gid: code,
                            offset: 0.0,
                            cid: Some(glyph.text.clone()),
                        }])],
                    });
                    if span_left > 0 {
                        span_left -= 1;
                        if span_left == 0 {
                            ops.push(Op::EndMarkedContent);
                        }
                    }
                }
                if span_left > 0 {
                    ops.push(Op::EndMarkedContent);
                }
                ops.push(Op::EndTextSection);
            }
            Item::Rule { from, to, width, grey: level } => {
                ops.push(Op::SetOutlineColor { col: grey(*level) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: PdfLine {
                        points: vec![
                            LinePoint { p: point(from.0, from.1), bezier: false },
                            LinePoint { p: point(to.0, to.1), bezier: false },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Rectangle { x, y, width, height, fill, outline } => {
                let mode = match (fill, outline) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    _ => PaintMode::Stroke,
                };
                if let Some(level) = fill {
                    ops.push(Op::SetFillColor { col: grey(*level) });
                }
                if let Some(level) = outline {
                    ops.push(Op::SetOutlineColor { col: grey(*level) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(flip(y + height)),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Item::Pictogram { pictogram, x, y, size } => {
                ops.push(Op::SetFillColor { col: grey(0.0) });
                let scale = size / GRID;
                let place = |p: GridPoint, bezier: bool| LinePoint { p: point(x + p.x * scale, y + p.y * scale), bezier };
                for shape in pictogram.shapes() {
                    let rings = shape
                        .rings
                        .iter()
                        .map(|ring| {
                            let mut points = vec![place(ring.start, false)];
                            for segment in &ring.segments {
                                match segment {
                                    Segment::Line(end) => points.push(place(*end, false)),
                                    Segment::Cubic(first, second, end) => {
                                        points.extend([place(*first, true), place(*second, true), place(*end, false)]);
                                    }
                                }
                            }
                            PolygonRing { points }
                        })
                        .collect();
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings,
                            mode: PaintMode::Fill,
                            winding_order: if shape.even_odd { WindingOrder::EvenOdd } else { WindingOrder::NonZero },
                        },
                    });
                }
            }
        }
    }
    ops
}
