//! One paragraph of text laid out into lines of placed glyphs, in any of Escale's scripts.
//!
//! The steps, each with the tool made for it:
//! 1. The base direction comes from the language of the text (right to left for Arabic,
//!    Persian and Pashto), never from its letters; only text of unknown language (what the
//!    mediator typed) takes the direction of its first strong letter, as `dir="auto"` does.
//! 2. In right-to-left text, numbers, dates, phone numbers and codes are wrapped in Unicode
//!    isolates, so that "2024-123" is not reordered into "123-2024".
//! 3. `unicode-linebreak` says where lines may break (UAX #14); the paragraph is shaped once to
//!    measure, and lines are filled greedily.
//! 4. `unicode-bidi` orders each line's runs visually (UAX #9, per line, after breaking).
//! 5. Each run is cut where the font changes (a fallback chain per character, see `fonts`) and
//!    shaped by `rustybuzz`: Arabic letters joined, marks placed, Ethiopic syllables drawn.

use std::collections::HashMap;
use std::ops::Range;

use rustybuzz::{BufferClusterLevel, Direction, ShapePlan, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::fonts::{self, FontIndex, Weight};

/// Space between lines, as a share of the tallest font's own height on the line.
const LINE_SPACING: f32 = 1.12;

/// How a paragraph's base direction is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseDirection {
    LeftToRight,
    RightToLeft,
    /// Text of unknown language (typed by the mediator): its first strong letter decides.
    FirstStrong,
}

impl BaseDirection {
    /// The direction of text written in `language` (a BCP 47 primary subtag).
    pub fn of_language(language: &str) -> BaseDirection {
        if escale_core::i18n::is_right_to_left(language) { BaseDirection::RightToLeft } else { BaseDirection::LeftToRight }
    }
}

/// What text looks like: weight and size in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub weight: Weight,
    pub size: f32,
}

/// A glyph ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub font: FontIndex,
    /// The glyph id in the full font (the subset renumbers it when the PDF is written).
    pub glyph: u16,
    /// From the line's left edge, in points.
    pub x: f32,
    /// Up from the baseline, in points (marks above letters).
    pub y: f32,
    /// The characters this glyph stands for, for copying and searching the PDF (the same for
    /// every use of the glyph).
    pub text: String,
    /// On the first of several glyphs that make one cluster of right-to-left text (a letter
    /// and its marks): how many glyphs, and the characters to extract for all of them instead.
    pub actual_text: Option<(usize, String)>,
}

/// One line of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub glyphs: Vec<PlacedGlyph>,
    pub size: f32,
    /// Width of the drawn glyphs, in points.
    pub width: f32,
    /// Above the baseline, in points.
    pub ascent: f32,
    /// Below the baseline, in points.
    pub descent: f32,
    /// The paragraph's direction: right-to-left lines are aligned on the right.
    pub right_to_left: bool,
}

impl Line {
    /// The vertical room the line takes, in points.
    pub fn height(&self) -> f32 {
        (self.ascent + self.descent) * LINE_SPACING
    }

    /// From the top of the line's room to its baseline.
    pub fn baseline(&self) -> f32 {
        let room = self.height();
        (room - self.ascent - self.descent) / 2.0 + self.ascent
    }
}

/// Shaping plans, which cost far more to make than to use: one per font, direction, script and
/// language for the whole document.
#[derive(Default)]
pub struct Shaper {
    plans: HashMap<(usize, bool, u32, String), ShapePlan>,
}

/// A run of text in one font and one direction, shaped.
struct ShapedRun {
    font: FontIndex,
    /// Glyphs in visual order, with their cluster as a byte offset into the paragraph.
    glyphs: Vec<(u16, usize, f32, f32, f32)>,
}

impl Shaper {
    fn shape(&mut self, text: &str, range: Range<usize>, font: FontIndex, right_to_left: bool, language: &str, size: f32) -> ShapedRun {
        let loaded = &fonts::fonts()[font.0];
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(&text[range.clone()]);
        // A letter and its marks form one cluster: the marks' glyphs carry no text of their own.
        buffer.set_cluster_level(BufferClusterLevel::MonotoneGraphemes);
        buffer.guess_segment_properties();
        buffer.set_direction(if right_to_left { Direction::RightToLeft } else { Direction::LeftToRight });
        if let Ok(parsed) = language.parse::<rustybuzz::Language>() {
            buffer.set_language(parsed);
        }
        let script = buffer.script();
        let script_tag = script.tag().0;
        let key = (font.0, right_to_left, script_tag, language.to_string());
        let plan = self.plans.entry(key).or_insert_with(|| {
            ShapePlan::new(
                &loaded.face,
                if right_to_left { Direction::RightToLeft } else { Direction::LeftToRight },
                Some(script),
                language.parse::<rustybuzz::Language>().ok().as_ref(),
                &[],
            )
        });
        let output = rustybuzz::shape_with_plan(&loaded.face, plan, buffer);
        let scale = size / loaded.units_per_em;
        // The shaper draws the invisible joiners (the Persian ZWNJ) as a space glyph without
        // width: they are left out, or that glyph would carry a joiner as its text everywhere.
        let space = loaded.face.glyph_index(' ').map(|glyph| glyph.0);
        let glyphs = output
            .glyph_infos()
            .iter()
            .zip(output.glyph_positions())
            .filter(|(info, position)| !(Some(info.glyph_id as u16) == space && position.x_advance == 0))
            .map(|(info, position)| {
                (
                    info.glyph_id as u16,
                    range.start + info.cluster as usize,
                    position.x_advance as f32 * scale,
                    position.x_offset as f32 * scale,
                    position.y_offset as f32 * scale,
                )
            })
            .collect();
        ShapedRun { font, glyphs }
    }

    /// Lays out `text` (one paragraph: a line break starts another) in lines no wider than
    /// `width` points.
    pub fn lay_out(&mut self, text: &str, style: TextStyle, direction: BaseDirection, language: &str, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            self.lay_out_paragraph(paragraph.trim_end_matches('\r'), style, direction, language, width, &mut lines);
        }
        lines
    }

    fn lay_out_paragraph(
        &mut self,
        text: &str,
        style: TextStyle,
        direction: BaseDirection,
        language: &str,
        width: f32,
        lines: &mut Vec<Line>,
    ) {
        let level = match direction {
            BaseDirection::LeftToRight => Some(Level::ltr()),
            BaseDirection::RightToLeft => Some(Level::rtl()),
            BaseDirection::FirstStrong => None,
        };
        let right_to_left = match level {
            Some(level) => level.is_rtl(),
            None => ParagraphBidiInfo::new(text, None).paragraph_level.is_rtl(),
        };
        let prepared = if right_to_left { isolate_numbers(text) } else { text.to_string() };
        let text = prepared.as_str();
        let bidi = ParagraphBidiInfo::new(text, Some(if right_to_left { Level::rtl() } else { Level::ltr() }));
        if text.trim().is_empty() {
            lines.push(empty_line(style, right_to_left));
            return;
        }

        // Measure: every run of one font and one level shaped once; a cluster's advance is
        // the sum of its glyphs'.
        let mut advances = vec![0.0_f32; text.len() + 1];
        for (run, font) in font_runs(text, 0..text.len(), &bidi.levels, style.weight) {
            let rtl = bidi.levels[run.start].is_rtl();
            let shaped = self.shape(text, run, font, rtl, language, style.size);
            for (_, cluster, advance, _, _) in shaped.glyphs {
                advances[cluster] += advance;
            }
        }
        let measure = |range: Range<usize>| -> f32 { advances[range].iter().sum() };

        // Fill lines greedily between break opportunities.
        let mut breaks: Vec<usize> = linebreaks(text)
            .filter(|(_, opportunity)| matches!(opportunity, BreakOpportunity::Allowed | BreakOpportunity::Mandatory))
            .map(|(index, _)| index)
            .collect();
        breaks.dedup();
        let mut line_ranges: Vec<Range<usize>> = Vec::new();
        let (mut start, mut end) = (0, 0);
        for &next in &breaks {
            if next <= end {
                continue;
            }
            if measure(start..trimmed_end(text, start, next)) <= width {
                end = next;
                continue;
            }
            if end > start {
                line_ranges.push(start..end);
                start = end;
            }
            if measure(start..trimmed_end(text, start, next)) <= width {
                end = next;
                continue;
            }
            // A word longer than the line (an e-mail address, a long reference): cut it
            // between characters; its last piece starts the next line.
            let mut pieces = cut_word(text, start..next, width, &measure);
            let last = pieces.pop().expect("a cut word has at least one piece");
            line_ranges.extend(pieces);
            (start, end) = (last.start, last.end);
        }
        if end > start {
            line_ranges.push(start..end);
        }

        for range in line_ranges {
            let range = range.start..trimmed_end(text, range.start, range.end);
            lines.push(self.shape_line(text, &bidi, range, style, language, right_to_left));
        }
    }

    fn shape_line(
        &mut self,
        text: &str,
        bidi: &ParagraphBidiInfo<'_>,
        range: Range<usize>,
        style: TextStyle,
        language: &str,
        right_to_left: bool,
    ) -> Line {
        if range.is_empty() {
            return empty_line(style, right_to_left);
        }
        let (levels, runs) = bidi.visual_runs(range);
        let loaded = fonts::fonts();
        let mut glyphs = Vec::new();
        let mut pen = 0.0_f32;
        let (mut ascent, mut descent) = (0.0_f32, 0.0_f32);
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let mut pieces = font_runs(text, run, &levels, style.weight);
            if rtl {
                pieces.reverse();
            }
            for (piece, font) in pieces {
                let shaped = self.shape(text, piece.clone(), font, rtl, language, style.size);
                ascent = ascent.max(loaded[font.0].ascent * style.size);
                descent = descent.max(loaded[font.0].descent * style.size);
                let texts = glyph_texts(text, piece.clone(), &shaped, rtl);
                let mut placed: Vec<PlacedGlyph> = Vec::with_capacity(shaped.glyphs.len());
                for (&(glyph, _, advance, x_offset, y_offset), glyph_text) in shaped.glyphs.iter().zip(texts) {
                    placed.push(PlacedGlyph {
                        font: shaped.font,
                        glyph,
                        x: pen + x_offset,
                        y: y_offset,
                        text: glyph_text,
                        actual_text: None,
                    });
                    pen += advance;
                }
                if rtl {
                    right_to_left_spans(&mut placed, text, piece, &shaped);
                }
                glyphs.extend(placed);
            }
        }
        if glyphs.is_empty() {
            return empty_line(style, right_to_left);
        }
        Line { glyphs, size: style.size, width: pen, ascent, descent, right_to_left }
    }
}

fn empty_line(style: TextStyle, right_to_left: bool) -> Line {
    let font = &fonts::fonts()[fonts::primary(style.weight).0];
    Line {
        glyphs: Vec::new(),
        size: style.size,
        width: 0.0,
        ascent: font.ascent * style.size,
        descent: font.descent * style.size,
        right_to_left,
    }
}

/// The end of `start..end` without its trailing white space (which never takes room at a line's end).
fn trimmed_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// A word too long for one line, cut between characters into pieces that fit.
fn cut_word(text: &str, range: Range<usize>, width: f32, measure: &dyn Fn(Range<usize>) -> f32) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = range.start;
    let mut last_fit = start;
    for (offset, c) in text[range.clone()].char_indices() {
        let at = range.start + offset;
        let after = at + c.len_utf8();
        if measure(start..after) > width && last_fit > start {
            pieces.push(start..last_fit);
            start = last_fit;
        }
        last_fit = after;
    }
    pieces.push(start..range.end);
    pieces
}

/// Cuts `range` where the font or the embedding level changes, leaving out the characters
/// that are never drawn (bidi controls). Pieces come in logical order.
fn font_runs(text: &str, range: Range<usize>, levels: &[Level], weight: Weight) -> Vec<(Range<usize>, FontIndex)> {
    let mut runs: Vec<(Range<usize>, FontIndex)> = Vec::new();
    let mut previous: Option<FontIndex> = None;
    let mut current: Option<(usize, FontIndex, Level)> = None;
    let close = |runs: &mut Vec<(Range<usize>, FontIndex)>, current: &mut Option<(usize, FontIndex, Level)>, end: usize| {
        if let Some((start, font, _)) = current.take()
            && end > start
        {
            runs.push((start..end, font));
        }
    };
    for (offset, c) in text[range.clone()].char_indices() {
        let at = range.start + offset;
        if fonts::is_bidi_control(c) {
            close(&mut runs, &mut current, at);
            continue;
        }
        // A character no font has is drawn by the first font (its empty box shows the gap).
        let font = fonts::font_for(c, weight, previous).unwrap_or_else(|| fonts::primary(weight));
        previous = Some(font);
        let level = levels[at];
        match current {
            Some((_, current_font, current_level)) if current_font == font && current_level == level => {}
            _ => {
                close(&mut runs, &mut current, at);
                current = Some((at, font, level));
            }
        }
    }
    close(&mut runs, &mut current, range.end);
    runs
}

/// The character a glyph shows: in right-to-left text a bracket or a guillemet is drawn with
/// its mirror's glyph, and the glyph keeps meaning what it shows (the same glyph draws the
/// French "(" elsewhere), as a glyph has one text in the PDF.
fn drawn_character(c: char, glyph: u16, face: &rustybuzz::Face<'_>, right_to_left: bool) -> char {
    const PAIRS: [(char, char); 7] = [('(', ')'), ('[', ']'), ('{', '}'), ('<', '>'), ('«', '»'), ('‹', '›'), ('⁅', '⁆')];
    if !right_to_left {
        return c;
    }
    let mirror = PAIRS.iter().find_map(|&(open, close)| match c {
        _ if c == open => Some(close),
        _ if c == close => Some(open),
        _ => None,
    });
    match mirror {
        Some(mirror) if face.glyph_index(mirror).is_some_and(|id| id.0 == glyph) => mirror,
        _ => c,
    }
}

/// Consecutive glyphs of one cluster (a letter with its marks, a ligature), as index ranges.
fn cluster_groups(shaped: &ShapedRun) -> Vec<Range<usize>> {
    let mut groups: Vec<Range<usize>> = Vec::new();
    for (index, glyph) in shaped.glyphs.iter().enumerate() {
        match groups.last_mut() {
            Some(group) if shaped.glyphs[group.start].1 == glyph.1 => group.end = index + 1,
            _ => groups.push(index..index + 1),
        }
    }
    groups
}

/// The characters each glyph stands for, so that copying the text and `pdftotext` give the
/// words back. A glyph always gets the same text wherever it is drawn (the PDF maps a glyph to
/// one text): within a cluster, mark glyphs take the mark characters and the other glyphs the
/// letters, one each when they match in number, else all on the first (a ligature).
///
/// In right-to-left runs a ligature's characters are given in visual order: readers rebuild the
/// logical order by reversing a right-to-left line character by character, after spreading a
/// glyph's characters over its width from left to right. Given in logical order, the lam-alef
/// "لا" would come back as "ال".
fn glyph_texts(text: &str, range: Range<usize>, shaped: &ShapedRun, right_to_left: bool) -> Vec<String> {
    let face = &fonts::fonts()[shaped.font.0].face;
    let mut starts: Vec<usize> = shaped.glyphs.iter().map(|glyph| glyph.1).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut texts = vec![String::new(); shaped.glyphs.len()];
    for group in cluster_groups(shaped) {
        let cluster = shaped.glyphs[group.start].1;
        let next = starts.iter().copied().find(|start| *start > cluster).unwrap_or(range.end);
        let characters: Vec<char> = text[cluster..next].chars().filter(|c| !fonts::is_invisible(*c)).collect();
        let (marks, letters): (Vec<char>, Vec<char>) = characters.iter().partition(|c| fonts::is_combining_mark(**c));
        let is_mark = |index: usize| {
            let glyph = rustybuzz::ttf_parser::GlyphId(shaped.glyphs[index].0);
            let class = face.tables().gdef.and_then(|gdef| gdef.glyph_class(glyph));
            matches!(class, Some(rustybuzz::ttf_parser::gdef::GlyphClass::Mark))
        };
        let mark_glyphs: Vec<usize> = group.clone().filter(|index| is_mark(*index)).collect();
        let letter_glyphs: Vec<usize> = group.clone().filter(|index| !is_mark(*index)).collect();
        // Glyphs come in visual order: in a right-to-left run, the cluster's last glyph is
        // its first in logical order.
        let logical = |indexes: Vec<usize>| if right_to_left { indexes.into_iter().rev().collect() } else { indexes };
        let share = |glyphs: Vec<usize>, characters: &[char], texts: &mut Vec<String>| {
            if glyphs.is_empty() {
                return;
            }
            if glyphs.len() == characters.len() {
                for (glyph, c) in glyphs.iter().zip(characters) {
                    texts[*glyph] = drawn_character(*c, shaped.glyphs[*glyph].0, face, right_to_left).to_string();
                }
            } else {
                let joined: String =
                    if right_to_left { characters.iter().rev().collect() } else { characters.iter().collect() };
                texts[glyphs[0]] = joined;
            }
        };
        if letter_glyphs.is_empty() {
            // Marks alone (a mark with no letter before it): they carry every character.
            share(logical(mark_glyphs), &characters, &mut texts);
        } else {
            share(logical(letter_glyphs), &letters, &mut texts);
            share(logical(mark_glyphs), &marks, &mut texts);
        }
    }
    texts
}

/// In a right-to-left run the shaper puts a letter's marks before the letter (visual order).
/// Readers that rebuild text from glyph positions misplace such a mark (the Persian hamza
/// above a final heh is drawn left of the heh's middle and comes out before it), so each word
/// holding a cluster of several glyphs gets its characters as one "actual text", which readers
/// extract instead of the glyphs' own. Like a ligature's text, it is given in visual order, as
/// readers reverse right-to-left text to rebuild it. Inside the word, the glyph that starts
/// furthest left is written first and the one that ends furthest right last, since readers
/// take the span's extent from them; positions do not change, only the order in the page.
fn right_to_left_spans(placed: &mut [PlacedGlyph], text: &str, range: Range<usize>, shaped: &ShapedRun) {
    let mut starts: Vec<usize> = shaped.glyphs.iter().map(|glyph| glyph.1).collect();
    starts.sort_unstable();
    starts.dedup();
    let groups = cluster_groups(shaped);
    let characters = |group: &Range<usize>| -> String {
        let cluster = shaped.glyphs[group.start].1;
        let next = starts.iter().copied().find(|start| *start > cluster).unwrap_or(range.end);
        text[cluster..next].chars().filter(|c| !fonts::is_invisible(*c)).collect()
    };
    // Words: runs of clusters that are not white space, in visual order.
    let mut words: Vec<Vec<Range<usize>>> = Vec::new();
    let mut current: Vec<Range<usize>> = Vec::new();
    for group in groups {
        if characters(&group).chars().all(char::is_whitespace) {
            words.extend((!current.is_empty()).then(|| std::mem::take(&mut current)));
        } else {
            current.push(group);
        }
    }
    words.extend((!current.is_empty()).then_some(current));
    for word in words {
        if word.iter().all(|group| group.len() < 2) {
            continue;
        }
        let span = word[0].start..word[word.len() - 1].end;
        // Visual order of the word's characters: clusters left to right, each reversed.
        let visual: String = word.iter().flat_map(|group| characters(group).chars().rev().collect::<Vec<_>>()).collect();
        let advance = |index: usize| shaped.glyphs[index].2;
        let leftmost = span.clone().min_by(|a, b| placed[*a].x.total_cmp(&placed[*b].x)).expect("a word has glyphs");
        placed.swap(span.start, leftmost);
        let ends: Vec<f32> = span.clone().map(|index| placed[index].x + advance(index)).collect();
        let rightmost = span.start + (0..ends.len()).max_by(|a, b| ends[*a].total_cmp(&ends[*b])).expect("a word has glyphs");
        if rightmost != span.start {
            placed.swap(span.end - 1, rightmost);
        }
        placed[span.start].actual_text = Some((span.len(), visual));
    }
}

const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Wraps every number-like token of right-to-left text ("2024-123-B", "06 12 34 56 78",
/// "14/03/2025", "+33 6…") in a left-to-right isolate, so that the bidirectional algorithm keeps
/// its parts in order. Tokens without an ASCII digit are left alone.
pub fn isolate_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut output = String::with_capacity(text.len() + 8);
    let mut index = 0;
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '/' | ':' | '+' | '_' | '#');
    let is_separator = |c: char| matches!(c, '-' | '.' | '/' | ':' | '+' | '_' | '#');
    while index < chars.len() {
        let c = chars[index];
        let starts = c.is_ascii_alphanumeric() || (c == '+' && chars.get(index + 1).is_some_and(char::is_ascii_digit));
        if !starts {
            output.push(c);
            index += 1;
            continue;
        }
        let mut end = index;
        while end < chars.len() {
            let c = chars[end];
            if is_token_char(c) {
                end += 1;
            } else if matches!(c, ' ' | '\u{00a0}' | '\u{202f}')
                && end > index
                && chars[end - 1].is_ascii_digit()
                && chars.get(end + 1).is_some_and(char::is_ascii_digit)
            {
                // Groups of a phone number or an amount.
                end += 1;
            } else {
                break;
            }
        }
        while end > index + 1 && is_separator(chars[end - 1]) {
            end -= 1;
        }
        let token: String = chars[index..end].iter().collect();
        if token.chars().any(|c| c.is_ascii_digit()) {
            output.push(LEFT_TO_RIGHT_ISOLATE);
            output.push_str(&token);
            output.push(POP_DIRECTIONAL_ISOLATE);
        } else {
            output.push_str(&token);
        }
        index = end;
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style() -> TextStyle {
        TextStyle { weight: Weight::Regular, size: 10.0 }
    }

    fn line_text(line: &Line) -> String {
        line.glyphs.iter().map(|glyph| glyph.text.as_str()).collect()
    }

    #[test]
    fn numbers_in_right_to_left_text_are_isolated_whole() {
        let isolated = isolate_numbers("رقم الملف 2024-123-B والهاتف 06 12 34 56 78.");
        assert!(isolated.contains("\u{2066}2024-123-B\u{2069}"), "a reference code is one isolate: {isolated:?}");
        assert!(isolated.contains("\u{2066}06 12 34 56 78\u{2069}."), "a phone number with its spaces, not the final stop: {isolated:?}");
        assert_eq!(isolate_numbers("RSA (CAF)"), "RSA (CAF)", "words without digits stay as they are");
    }

    #[test]
    fn lines_never_exceed_the_width_and_keep_every_character() {
        let mut shaper = Shaper::default();
        let text = "Apportez votre pièce d’identité, votre justificatif de domicile et votre relevé d’identité bancaire.";
        let lines = shaper.lay_out(text, style(), BaseDirection::LeftToRight, "fr", 120.0);
        assert!(lines.len() >= 3, "a long sentence in a narrow column takes several lines: {}", lines.len());
        for line in &lines {
            assert!(line.width <= 120.5, "no line is wider than the column: {}", line.width);
        }
        let joined: String = lines.iter().map(line_text).collect::<Vec<_>>().join(" ");
        assert_eq!(joined, text, "the text of the glyphs, line after line, is the text given");
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_between_characters() {
        let mut shaper = Shaper::default();
        // No break opportunity inside (no hyphen, no space): only a cut between characters fits it.
        let address = "jeanbaptistedupontdelafontaine@associationexemple.fr";
        let lines = shaper.lay_out(&format!("Écrire à {address} demain"), style(), BaseDirection::LeftToRight, "fr", 90.0);
        assert!(lines.len() >= 4, "the address takes several lines of a 90 pt column: {}", lines.len());
        for line in &lines {
            assert!(line.width <= 90.5, "no piece is wider than the column: {}", line.width);
        }
        let joined: String = lines.iter().map(line_text).collect();
        assert!(joined.contains(address), "the pieces, in order, give the address back: {joined}");
    }

    #[test]
    fn arabic_is_joined_and_laid_right_to_left() {
        let mut shaper = Shaper::default();
        let word = "بطاقة";
        let lines = shaper.lay_out(word, style(), BaseDirection::RightToLeft, "ar", 300.0);
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        assert!(line.right_to_left, "Arabic lines are right-to-left");
        let arabic = fonts::fonts()[2].face.glyph_index('ب').expect("the isolated beh is in the cmap").0;
        assert!(
            line.glyphs.iter().all(|glyph| glyph.glyph != arabic),
            "the beh at the start of a word takes its joined (initial) form, not the isolated one"
        );
        // Visual order: the first letter of the word is drawn rightmost.
        let first = line.glyphs.iter().find(|glyph| glyph.text == "ب").expect("the beh is drawn");
        assert!(line.glyphs.iter().all(|glyph| glyph.x <= first.x), "the word's first letter is on the right");
    }

    #[test]
    fn a_reference_in_arabic_keeps_its_order() {
        let mut shaper = Shaper::default();
        let lines = shaper.lay_out("رقم الملف 2024-123", style(), BaseDirection::RightToLeft, "ar", 300.0);
        let line = &lines[0];
        let x_of = |text: &str| line.glyphs.iter().find(|glyph| glyph.text == text).map(|glyph| glyph.x).expect("drawn");
        assert!(x_of("2") < x_of("-"), "2024 is drawn left of the hyphen: the code reads 2024-123");
        assert!(x_of("-") < x_of("3"), "123 is drawn right of the hyphen");
        assert!(line.glyphs.iter().all(|glyph| !glyph.text.contains('\u{2066}')), "isolates are never drawn");
    }

    #[test]
    fn persian_zero_width_non_joiner_and_ethiopic_shape_without_missing_glyphs() {
        let mut shaper = Shaper::default();
        for (text, language) in [("می‌خواهم", "fa"), ("ሰነድ ሓበሬታ", "ti"), ("Документи", "uk"), ("د بانکي حساب", "ps")] {
            let direction = BaseDirection::of_language(language);
            for line in shaper.lay_out(text, style(), direction, language, 300.0) {
                assert!(line.glyphs.iter().all(|glyph| glyph.glyph != 0), "{language}: no empty box (.notdef) in {text}");
            }
        }
    }
}
