//! The fonts of `assets/fonts`, built into the program (no system font is assumed), and the
//! choice of a font for each character: a fallback chain in which Noto Sans writes Latin and
//! Cyrillic, Noto Sans Arabic writes Arabic, Persian and Pashto, Noto Sans Ethiopic writes
//! Tigrinya.

use std::sync::OnceLock;

use rustybuzz::Face;

/// Regular or bold: each has its own chain of the same families.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// A font of the set, by its place in [`FONTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontIndex(pub usize);

/// One shipped font file.
pub struct FontFile {
    /// The PostScript-style name written in the PDF (with a subset tag before it).
    pub name: &'static str,
    pub data: &'static [u8],
}

/// Every font a document may use. The chains below refer to them by position.
pub const FONTS: [FontFile; 7] = [
    FontFile { name: "NotoSans-Regular", data: include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf") },
    FontFile { name: "NotoSans-Bold", data: include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf") },
    FontFile { name: "NotoSansArabic-Regular", data: include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf") },
    FontFile { name: "NotoSansArabic-Bold", data: include_bytes!("../../../assets/fonts/NotoSansArabic-Bold.ttf") },
    FontFile { name: "NotoSansEthiopic-Regular", data: include_bytes!("../../../assets/fonts/NotoSansEthiopic-Regular.ttf") },
    FontFile { name: "NotoSansEthiopic-Bold", data: include_bytes!("../../../assets/fonts/NotoSansEthiopic-Bold.ttf") },
    // The arrows Noto Sans lacks (see assets/fonts/README.md): the last resort of both chains.
    FontFile { name: "EscaleArrows", data: include_bytes!("../../../assets/fonts/EscaleArrows-DejaVuSans.ttf") },
];

const REGULAR_CHAIN: [usize; 4] = [0, 2, 4, 6];
const BOLD_CHAIN: [usize; 4] = [1, 3, 5, 6];

/// A parsed font with the metrics the layout needs, in units of the em (font size 1).
pub struct LoadedFont {
    pub face: Face<'static>,
    pub units_per_em: f32,
    /// Above the baseline, positive.
    pub ascent: f32,
    /// Below the baseline, positive.
    pub descent: f32,
}

/// The parsed fonts, made once per process (parsing only reads table offsets).
pub fn fonts() -> &'static [LoadedFont] {
    static LOADED: OnceLock<Vec<LoadedFont>> = OnceLock::new();
    LOADED.get_or_init(|| {
        FONTS
            .iter()
            .map(|file| {
                let face = Face::from_slice(file.data, 0).expect("the fonts shipped in assets/fonts parse");
                let units_per_em = face.units_per_em() as f32;
                LoadedFont {
                    ascent: f32::from(face.ascender()) / units_per_em,
                    descent: -f32::from(face.descender()) / units_per_em,
                    units_per_em,
                    face,
                }
            })
            .collect()
    })
}

fn chain(weight: Weight) -> &'static [usize] {
    match weight {
        Weight::Regular => &REGULAR_CHAIN,
        Weight::Bold => &BOLD_CHAIN,
    }
}

/// Characters that take the font of the text around them rather than choosing one: spaces,
/// punctuation and digits shared by every script, joiners (the Persian ZWNJ), combining marks.
/// Keeping them in the same font keeps a run whole, so that it is shaped as one.
fn follows_neighbours(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_ascii_digit()
        || matches!(c, '\u{200c}' | '\u{200d}' | '\u{00a0}' | '\u{202f}' | '\u{2010}'..='\u{2027}')
        || is_combining_mark(c)
}

/// Combining marks of the scripts Escale writes (accents, Arabic vowel signs and shadda,
/// Ethiopic marks): drawn over or under the letter before them.
pub fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036f}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0610}'..='\u{061a}'
            | '\u{064b}'..='\u{065f}'
            | '\u{0670}'
            | '\u{06d6}'..='\u{06dc}'
            | '\u{06df}'..='\u{06e4}'
            | '\u{06e7}'..='\u{06e8}'
            | '\u{06ea}'..='\u{06ed}'
            | '\u{08d3}'..='\u{08ff}'
            | '\u{135d}'..='\u{135f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// The font that writes `c` for text of `weight`: the first of the chain that has it, or for a
/// character shared by every script, `previous` when it has it. `None` when no font has it.
pub fn font_for(c: char, weight: Weight, previous: Option<FontIndex>) -> Option<FontIndex> {
    let loaded = fonts();
    if let Some(previous) = previous
        && follows_neighbours(c)
        && loaded[previous.0].face.glyph_index(c).is_some()
    {
        return Some(previous);
    }
    chain(weight).iter().copied().find(|&index| loaded[index].face.glyph_index(c).is_some()).map(FontIndex)
}

/// The first font of the chain: it draws a missing character's empty box, and its metrics
/// set the height of an empty line.
pub fn primary(weight: Weight) -> FontIndex {
    FontIndex(chain(weight)[0])
}

/// Characters that steer the bidirectional algorithm and are never drawn.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters that are never drawn and never extracted: bidi controls and the joiners and
/// breaks that only steer shaping or line breaking (ZWNJ, ZWJ, zero-width space, soft hyphen).
pub fn is_invisible(c: char) -> bool {
    is_bidi_control(c) || matches!(c, '\u{00ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fonts are shipped without TrueType hinting programs (assets/fonts/README.md): the
    /// window's first screen spent about 15 ms of a two-core laptop running them for each glyph,
    /// and FreeType's own light hinting, used instead, draws the same shapes (these programs
    /// were made by ttfautohint to imitate it). A font updated from upstream brings them back;
    /// this says so.
    #[test]
    fn the_fonts_carry_no_hinting_program() {
        for file in &FONTS {
            let face = Face::from_slice(file.data, 0).expect("the font parses");
            for table in [b"fpgm", b"prep", b"cvt "] {
                let tag = rustybuzz::ttf_parser::Tag::from_bytes(table);
                assert!(
                    face.raw_face().table(tag).is_none(),
                    "{}: has a '{}' table; remove the hinting as assets/fonts/README.md says",
                    file.name,
                    String::from_utf8_lossy(table)
                );
            }
        }
    }
}
