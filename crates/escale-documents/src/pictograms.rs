//! Pictograms of the common documents (identity card, proof of address, RIB…), drawn in the PDF
//! as vector paths: someone who cannot read either language still recognises what to bring.
//!
//! Each is a small SVG file of `assets/pictograms` (Escale's own drawings, CC0) on a 24 × 24
//! grid, made only of `<path d="…">` elements filled in black, with the commands M, L, H, V, C,
//! Q and Z (and their relative forms). This module reads exactly that subset: no SVG library.

use std::sync::OnceLock;

/// The drawings shipped, one per kind of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pictogram {
    /// Identity card, passport, residence permit.
    Identity,
    /// Proof of address, lease, rent receipt.
    Address,
    /// Bank details (RIB), bank statements.
    Bank,
    /// Tax notice.
    Tax,
    /// Payslips, proofs of income.
    Payslip,
    /// CAF number and its papers (family allowances).
    Caf,
    /// Social-security card (carte Vitale), health papers.
    HealthCard,
    /// A mobile phone to receive a code.
    Phone,
    /// An e-mail address and its password.
    Email,
    /// Any other paper.
    Document,
}

impl Pictogram {
    pub const ALL: [Pictogram; 10] = [
        Pictogram::Identity,
        Pictogram::Address,
        Pictogram::Bank,
        Pictogram::Tax,
        Pictogram::Payslip,
        Pictogram::Caf,
        Pictogram::HealthCard,
        Pictogram::Phone,
        Pictogram::Email,
        Pictogram::Document,
    ];

    /// The file's name in `assets/pictograms`.
    pub fn file_name(self) -> &'static str {
        match self {
            Pictogram::Identity => "identity.svg",
            Pictogram::Address => "address.svg",
            Pictogram::Bank => "bank.svg",
            Pictogram::Tax => "tax.svg",
            Pictogram::Payslip => "payslip.svg",
            Pictogram::Caf => "caf.svg",
            Pictogram::HealthCard => "health-card.svg",
            Pictogram::Phone => "phone.svg",
            Pictogram::Email => "email.svg",
            Pictogram::Document => "document.svg",
        }
    }

    /// The SVG source, built into the program.
    pub fn svg(self) -> &'static str {
        match self {
            Pictogram::Identity => include_str!("../../../assets/pictograms/identity.svg"),
            Pictogram::Address => include_str!("../../../assets/pictograms/address.svg"),
            Pictogram::Bank => include_str!("../../../assets/pictograms/bank.svg"),
            Pictogram::Tax => include_str!("../../../assets/pictograms/tax.svg"),
            Pictogram::Payslip => include_str!("../../../assets/pictograms/payslip.svg"),
            Pictogram::Caf => include_str!("../../../assets/pictograms/caf.svg"),
            Pictogram::HealthCard => include_str!("../../../assets/pictograms/health-card.svg"),
            Pictogram::Phone => include_str!("../../../assets/pictograms/phone.svg"),
            Pictogram::Email => include_str!("../../../assets/pictograms/email.svg"),
            Pictogram::Document => include_str!("../../../assets/pictograms/document.svg"),
        }
    }

    /// The drawing for a document of the procedure catalogue (`procedure-document-<id>`).
    pub fn for_document(document: &str) -> Pictogram {
        match document {
            "piece_identite" | "passeport" | "titre_sejour" | "photo_identite" | "permis_conduire" => Pictogram::Identity,
            "justificatif_domicile" | "attestation_hebergement" | "attestation_domiciliation" | "bail" | "quittance_loyer" => {
                Pictogram::Address
            }
            "rib" | "releves_compte" | "attestation_refus_bancaire" => Pictogram::Bank,
            "avis_imposition" | "timbre_fiscal" => Pictogram::Tax,
            "bulletins_salaire" | "justificatifs_ressources" | "attestations_employeurs" | "releve_carriere" => {
                Pictogram::Payslip
            }
            "attestation_caf" | "notification_droits" | "livret_famille" => Pictogram::Caf,
            "attestation_droits_assurance_maladie" | "certificat_medical" | "carnet_vaccination" => Pictogram::HealthCard,
            "telephone_portable" => Pictogram::Phone,
            "adresse_email" | "identifiants_compte" => Pictogram::Email,
            _ => Pictogram::Document,
        }
    }

    /// The drawing's filled shapes, read once.
    pub fn shapes(self) -> &'static [Shape] {
        static PARSED: OnceLock<Vec<Vec<Shape>>> = OnceLock::new();
        let parsed = PARSED.get_or_init(|| {
            Pictogram::ALL
                .iter()
                .map(|pictogram| {
                    parse_svg(pictogram.svg())
                        .unwrap_or_else(|error| panic!("assets/pictograms/{}: {error}", pictogram.file_name()))
                })
                .collect()
        });
        let index = Pictogram::ALL.iter().position(|p| *p == self).expect("every pictogram is in ALL");
        &parsed[index]
    }
}

/// The side of the drawing grid: every pictogram's `viewBox` is `0 0 24 24`.
pub const GRID: f32 = 24.0;

/// A point of the 24 × 24 grid, y downwards as in SVG.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridPoint {
    pub x: f32,
    pub y: f32,
}

/// A piece of outline, from the end of the previous one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    Line(GridPoint),
    /// A cubic Bézier curve: two control points, then its end (quadratic curves are raised to
    /// cubic ones when read).
    Cubic(GridPoint, GridPoint, GridPoint),
}

/// One closed outline: a start and its segments.
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    pub start: GridPoint,
    pub segments: Vec<Segment>,
}

/// One `<path>`: its outlines, filled together.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub rings: Vec<Ring>,
    /// `fill-rule="evenodd"`: an outline inside another makes a hole (a card's frame).
    pub even_odd: bool,
}

/// Reads the drawing subset of SVG Escale's pictograms use.
pub fn parse_svg(svg: &str) -> Result<Vec<Shape>, String> {
    if !svg.contains("viewBox=\"0 0 24 24\"") {
        return Err("the drawing must be on the 24 × 24 grid (viewBox=\"0 0 24 24\")".into());
    }
    let mut shapes = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find("<path") {
        let after = &rest[at..];
        let end = after.find('>').ok_or("a <path> element is not closed")?;
        let element = &after[..end];
        let data = attribute(element, "d").ok_or("a <path> has no d attribute")?;
        let even_odd = attribute(element, "fill-rule") == Some("evenodd");
        shapes.push(Shape { rings: parse_path(data)?, even_odd });
        rest = &after[end..];
    }
    if shapes.is_empty() {
        return Err("no <path> element".into());
    }
    Ok(shapes)
}

fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!(" {name}=\"");
    let start = element.find(&marker)? + marker.len();
    let end = element[start..].find('"')?;
    Some(&element[start..start + end])
}

/// Reads path data: M, L, H, V, C, Q, Z and their relative forms, numbers separated by spaces
/// or commas, a command letter repeated implicitly as SVG allows.
pub fn parse_path(data: &str) -> Result<Vec<Ring>, String> {
    let mut tokens = Tokens { text: data.as_bytes(), at: 0 };
    let mut rings: Vec<Ring> = Vec::new();
    let mut current: Option<Ring> = None;
    let mut pen = GridPoint { x: 0.0, y: 0.0 };
    let mut command: Option<u8> = None;
    loop {
        let letter = match tokens.command() {
            Some(letter) => letter,
            None if tokens.finished() => break,
            // Numbers after a command repeat it (after M, they are lines).
            None => match command {
                Some(b'M') => b'L',
                Some(b'm') => b'l',
                Some(letter) if letter != b'Z' && letter != b'z' => letter,
                _ => return Err(format!("numbers without a command at byte {}", tokens.at)),
            },
        };
        command = Some(letter);
        let relative = letter.is_ascii_lowercase();
        let origin = if relative { pen } else { GridPoint { x: 0.0, y: 0.0 } };
        let point = |tokens: &mut Tokens<'_>| -> Result<GridPoint, String> {
            Ok(GridPoint { x: origin.x + tokens.number()?, y: origin.y + tokens.number()? })
        };
        match letter.to_ascii_uppercase() {
            b'M' => {
                if let Some(ring) = current.take() {
                    rings.push(ring);
                }
                pen = point(&mut tokens)?;
                current = Some(Ring { start: pen, segments: Vec::new() });
            }
            b'L' => {
                pen = point(&mut tokens)?;
                segments(&mut current)?.push(Segment::Line(pen));
            }
            b'H' => {
                pen = GridPoint { x: origin.x + tokens.number()?, y: pen.y };
                segments(&mut current)?.push(Segment::Line(pen));
            }
            b'V' => {
                pen = GridPoint { x: pen.x, y: origin.y + tokens.number()? };
                segments(&mut current)?.push(Segment::Line(pen));
            }
            b'C' => {
                let first = point(&mut tokens)?;
                let second = point(&mut tokens)?;
                let end = point(&mut tokens)?;
                segments(&mut current)?.push(Segment::Cubic(first, second, end));
                pen = end;
            }
            b'Q' => {
                let control = point(&mut tokens)?;
                let end = point(&mut tokens)?;
                // The same curve as a cubic: control points two thirds of the way to the
                // quadratic control point from each end.
                let lerp = |from: GridPoint| GridPoint {
                    x: from.x + (control.x - from.x) * 2.0 / 3.0,
                    y: from.y + (control.y - from.y) * 2.0 / 3.0,
                };
                segments(&mut current)?.push(Segment::Cubic(lerp(pen), lerp(end), end));
                pen = end;
            }
            b'Z' => {
                if let Some(ring) = current.take() {
                    pen = ring.start;
                    rings.push(ring);
                }
            }
            other => return Err(format!("the command {} is not part of Escale's pictogram subset", other as char)),
        }
    }
    if let Some(ring) = current.take() {
        rings.push(ring);
    }
    if rings.is_empty() {
        return Err("empty path data".into());
    }
    Ok(rings)
}

fn segments(current: &mut Option<Ring>) -> Result<&mut Vec<Segment>, String> {
    current.as_mut().map(|ring| &mut ring.segments).ok_or_else(|| "a path must start with M".to_string())
}

struct Tokens<'a> {
    text: &'a [u8],
    at: usize,
}

impl Tokens<'_> {
    fn skip_separators(&mut self) {
        while self.at < self.text.len() && matches!(self.text[self.at], b' ' | b',' | b'\n' | b'\r' | b'\t') {
            self.at += 1;
        }
    }

    fn finished(&mut self) -> bool {
        self.skip_separators();
        self.at >= self.text.len()
    }

    fn command(&mut self) -> Option<u8> {
        self.skip_separators();
        let letter = *self.text.get(self.at)?;
        if letter.is_ascii_alphabetic() {
            self.at += 1;
            Some(letter)
        } else {
            None
        }
    }

    fn number(&mut self) -> Result<f32, String> {
        self.skip_separators();
        let start = self.at;
        if matches!(self.text.get(self.at), Some(b'-' | b'+')) {
            self.at += 1;
        }
        while self.at < self.text.len() && (self.text[self.at].is_ascii_digit() || self.text[self.at] == b'.') {
            self.at += 1;
        }
        std::str::from_utf8(&self.text[start..self.at])
            .ok()
            .and_then(|number| number.parse::<f32>().ok())
            .filter(|number| number.is_finite())
            .ok_or_else(|| format!("a number was expected at byte {start}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_pictogram_parses_and_stays_on_its_grid() {
        for pictogram in Pictogram::ALL {
            let shapes = parse_svg(pictogram.svg()).unwrap_or_else(|error| panic!("{}: {error}", pictogram.file_name()));
            for shape in &shapes {
                for ring in &shape.rings {
                    let mut points = vec![ring.start];
                    for segment in &ring.segments {
                        match segment {
                            Segment::Line(point) => points.push(*point),
                            Segment::Cubic(a, b, c) => points.extend([*a, *b, *c]),
                        }
                    }
                    for point in points {
                        assert!(
                            (0.0..=GRID).contains(&point.x) && (0.0..=GRID).contains(&point.y),
                            "{}: every point is inside the 24 × 24 grid: {point:?}",
                            pictogram.file_name()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn relative_commands_and_quadratic_curves_are_read() {
        let rings = parse_path("m2 2 h4 v4 h-4 z M10 10 Q12 8 14 10 L14 12 Z").expect("valid path data");
        assert_eq!(rings.len(), 2, "two outlines");
        assert_eq!(rings[0].segments[1], Segment::Line(GridPoint { x: 6.0, y: 6.0 }), "v4 after h4 goes down from (6,2)");
        let Segment::Cubic(first, _, end) = rings[1].segments[0] else { panic!("Q becomes a cubic curve") };
        assert_eq!(end, GridPoint { x: 14.0, y: 10.0 });
        assert!((first.x - 11.333).abs() < 0.01 && (first.y - 8.667).abs() < 0.01, "first control point at 2/3: {first:?}");
        assert!(parse_path("M1 1 A 2 2 0 0 1 3 3").is_err(), "arcs are outside the subset and refused");
        assert!(parse_path("L1 1").is_err(), "a path starts with M");
    }

    #[test]
    fn catalogue_documents_map_to_their_pictograms() {
        assert_eq!(Pictogram::for_document("titre_sejour"), Pictogram::Identity);
        assert_eq!(Pictogram::for_document("rib"), Pictogram::Bank);
        assert_eq!(Pictogram::for_document("bulletins_salaire"), Pictogram::Payslip);
        assert_eq!(Pictogram::for_document("adresse_email"), Pictogram::Email);
        assert_eq!(Pictogram::for_document("cv"), Pictogram::Document, "a paper without its own drawing gets the generic one");
    }
}
