//! Poppler's and qpdf's view of a PDF, and the reference images of rendered pages.

use std::path::{Path, PathBuf};
use std::process::Command;

/// With `ESCALE_DOCUMENTS_KEEP=<folder>`, the PDFs the tests make are also written there, to
/// look at them (`pdftoppm -r 80 -png FILE.pdf page`).
pub fn keep(name: &str, bytes: &[u8]) {
    if let Some(folder) = std::env::var_os("ESCALE_DOCUMENTS_KEEP") {
        let folder = PathBuf::from(folder);
        std::fs::create_dir_all(&folder).expect("the folder to keep PDFs in can be made");
        std::fs::write(folder.join(format!("{name}.pdf")), bytes).expect("the PDF is kept");
    }
}

/// A PDF written to a temporary file, for the command-line tools.
pub struct PdfFile {
    _folder: tempfile::TempDir,
    pub path: PathBuf,
}

impl PdfFile {
    pub fn new(bytes: &[u8]) -> PdfFile {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("document.pdf");
        std::fs::write(&path, bytes).expect("the PDF is written");
        PdfFile { _folder: folder, path }
    }
}

fn run(program: &str, args: &[&str], file: &Path) -> std::process::Output {
    Command::new(program)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|error| panic!("{program} runs (poppler-utils and qpdf: scripts/install-deps.sh --test): {error}"))
}

/// The text of pages `first..=last` (all when `None`), as `pdftotext` extracts it.
pub fn text(bytes: &[u8], pages: Option<(usize, usize)>) -> String {
    let file = PdfFile::new(bytes);
    let mut args: Vec<String> = vec!["-enc".into(), "UTF-8".into()];
    if let Some((first, last)) = pages {
        args.extend(["-f".into(), first.to_string(), "-l".into(), last.to_string()]);
    }
    let out = file.path.with_extension("txt");
    let output = Command::new("pdftotext")
        .args(&args)
        .arg(&file.path)
        .arg(&out)
        .output()
        .unwrap_or_else(|error| panic!("pdftotext runs (poppler-utils): {error}"));
    assert!(output.status.success(), "pdftotext reads the file: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::read_to_string(&out).expect("pdftotext writes UTF-8 text")
}

/// The text of a whole document as a reader may look for it: the page as `pdftotext` reads it,
/// then its left half and its right half on their own. Side by side, the French and the
/// translated columns have lines at the same heights, which `pdftotext` interleaves; each half
/// alone gives a column's sentences whole. Folded (see [`folded`]).
pub fn columns_text(bytes: &[u8]) -> String {
    let file = PdfFile::new(bytes);
    let mut all = text(bytes, None);
    // pdftotext's crop box, in points at its default 72 dpi; the halves meet in the middle of
    // the gutter between the columns (x = 297.6 pt).
    for (x, width) in [(0, 297), (297, 299)] {
        let out = file.path.with_extension(format!("{x}.txt"));
        let output = Command::new("pdftotext")
            .args(["-enc", "UTF-8", "-x", &x.to_string(), "-y", "0", "-W", &width.to_string(), "-H", "842"])
            .arg(&file.path)
            .arg(&out)
            .output()
            .expect("pdftotext runs");
        assert!(output.status.success(), "pdftotext reads half a page");
        all.push('\n');
        all.push_str(&std::fs::read_to_string(&out).expect("UTF-8 text"));
    }
    folded(&all)
}

/// Text without the invisible marks (isolates, embeddings pdftotext adds around right-to-left
/// runs, the Persian ZWNJ) and with spaces folded, to compare sentences.
pub fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200c}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One font as `pdffonts` lists it.
#[derive(Debug)]
pub struct FontRow {
    pub name: String,
    pub embedded: bool,
    pub subset: bool,
    pub unicode: bool,
}

pub fn fonts(bytes: &[u8]) -> Vec<FontRow> {
    let file = PdfFile::new(bytes);
    let output = run("pdffonts", &[], &file.path);
    assert!(output.status.success(), "pdffonts reads the file: {}", String::from_utf8_lossy(&output.stderr));
    let listing = String::from_utf8(output.stdout).expect("pdffonts prints UTF-8");
    listing
        .lines()
        .skip(2)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            // name type... encoding emb sub uni object ID: the three flags are the 5th to 3rd
            // fields from the end.
            let flag = |from_end: usize| fields[fields.len() - from_end] == "yes";
            FontRow { name: fields[0].to_string(), embedded: flag(5), subset: flag(4), unicode: flag(3) }
        })
        .collect()
}

/// `qpdf --check`: the file's structure, cross-references and streams are sound.
pub fn check(bytes: &[u8]) -> Result<(), String> {
    let file = PdfFile::new(bytes);
    let output = run("qpdf", &["--check"], &file.path);
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() && said.contains("No syntax or stream encoding errors found") {
        Ok(())
    } else {
        Err(said)
    }
}

/// `pdfinfo`'s fields (Title, Pages, CreationDate…).
pub fn info(bytes: &[u8]) -> String {
    let file = PdfFile::new(bytes);
    let output = run("pdfinfo", &["-enc", "UTF-8"], &file.path);
    assert!(output.status.success(), "pdfinfo reads the file");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The catalog's language, read from the file (`/Lang (fr)`), through qpdf's JSON.
pub fn catalog_language(bytes: &[u8]) -> Option<String> {
    let file = PdfFile::new(bytes);
    let output = run("qpdf", &["--show-object=trailer"], &file.path);
    let trailer = String::from_utf8_lossy(&output.stdout).to_string();
    let root = trailer.split("/Root ").nth(1)?.split_whitespace().next()?.to_string();
    let output = run("qpdf", &[&format!("--show-object={root}")], &file.path);
    let catalog = String::from_utf8_lossy(&output.stdout).to_string();
    let language = catalog.split("/Lang (").nth(1)?.split(')').next()?.to_string();
    Some(language)
}

/// Page `page` rendered in grey at `dpi` by `pdftoppm`, as a PNG file's bytes.
pub fn render_page(bytes: &[u8], page: usize, dpi: u32) -> Vec<u8> {
    let file = PdfFile::new(bytes);
    let prefix = file.path.with_extension("");
    let output = Command::new("pdftoppm")
        .args(["-png", "-gray", "-r", &dpi.to_string(), "-f", &page.to_string(), "-l", &page.to_string(), "-singlefile"])
        .arg(&file.path)
        .arg(&prefix)
        .output()
        .unwrap_or_else(|error| panic!("pdftoppm runs (poppler-utils): {error}"));
    assert!(output.status.success(), "pdftoppm renders page {page}: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::read(prefix.with_extension("png")).expect("pdftoppm wrote the page")
}

/// A grey image: width, height and one byte per pixel.
pub struct Grey {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

pub fn decode(png_bytes: &[u8]) -> Grey {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buffer = vec![0; reader.output_buffer_size().expect("a sane PNG size")];
    let frame = reader.next_frame(&mut buffer).expect("a PNG frame");
    let channels = frame.color_type.samples();
    let pixels = buffer[..frame.buffer_size()]
        .chunks(channels)
        .map(|pixel| match channels {
            1 | 2 => pixel[0],
            _ => ((u32::from(pixel[0]) * 30 + u32::from(pixel[1]) * 59 + u32::from(pixel[2]) * 11) / 100) as u8,
        })
        .collect();
    Grey { width: frame.width, height: frame.height, pixels }
}

/// The folder of the reviewed reference images.
pub fn reference_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/reference")
}

/// Set to rewrite the reference images from the pages rendered now, after looking at them.
pub const UPDATE_VARIABLE: &str = "ESCALE_UPDATE_REFERENCE_IMAGES";

/// Compares a rendered page with its reviewed reference image, `name`.png. Small differences
/// (anti-aliasing of another poppler version) pass; a moved line, a missing or changed glyph
/// does not. With `ESCALE_UPDATE_REFERENCE_IMAGES=1` the reference is rewritten instead, and the
/// test says so: references change only when someone decided they should.
pub fn compare_with_reference(name: &str, rendered: &[u8]) {
    let path = reference_folder().join(format!("{name}.png"));
    if std::env::var(UPDATE_VARIABLE).is_ok_and(|value| value == "1") {
        std::fs::create_dir_all(reference_folder()).expect("the reference folder can be made");
        std::fs::write(&path, rendered).expect("the reference image is written");
        eprintln!("{UPDATE_VARIABLE}=1: rewrote {} — look at it before committing it", path.display());
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|error| {
        panic!(
            "the reference image {} is missing ({error}); render it with {UPDATE_VARIABLE}=1, look at it, commit it",
            path.display()
        )
    });
    let (actual, expected_image) = (decode(rendered), decode(&expected));
    let keep = || {
        let kept = std::env::temp_dir().join(format!("escale-rendered-{name}.png"));
        std::fs::write(&kept, rendered).expect("the rendered page is kept for a look");
        kept
    };
    assert!(
        actual.width == expected_image.width && actual.height == expected_image.height,
        "{name}: the page is {}×{}, its reference {}×{} (rendered page kept in {})",
        actual.width,
        actual.height,
        expected_image.width,
        expected_image.height,
        keep().display()
    );
    let total = actual.pixels.len() as f64;
    let sum: u64 = actual.pixels.iter().zip(&expected_image.pixels).map(|(a, b)| u64::from(a.abs_diff(*b))).sum();
    let strongly_different = actual.pixels.iter().zip(&expected_image.pixels).filter(|(a, b)| a.abs_diff(**b) > 40).count();
    let mean = sum as f64 / total;
    // A short word of 8-point text changes about 50 pixels by more than 40 grey levels at 60
    // dpi; another poppler's anti-aliasing changes edges by a few levels.
    assert!(
        mean < 0.3 && strongly_different < 20,
        "{name}: the rendered page differs from its reviewed reference (mean difference {mean:.3} of 255, \
         {strongly_different} pixels of {total} different by more than 40 grey levels; tolerance 0.3 and 20 pixels). \
         Rendered page kept in {}. If the change is wanted, look at it and accept it with {UPDATE_VARIABLE}=1 cargo test \
         -p escale-documents",
        keep().display()
    );
}

/// A letter of a right-to-left script; digits of those scripts (Persian ۱۲) read left to
/// right, like any number.
fn is_right_to_left_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}') && !c.is_numeric()
}

/// The parts of `sentence` a reader must get back in logical order from `extracted`.
///
/// Left-to-right sentences come back whole. In a right-to-left sentence, `pdftotext` (like
/// other readers) gives each run of right-to-left words in logical order, but orders the runs,
/// the punctuation and the numbers around them as they stand on a line it reads left to right
/// (its page's main direction here is French's). So what must hold is: every run of
/// right-to-left words, letters in logical order (joined letters mapped back, ligatures the
/// right way round), and every number or code whole (not reordered into "123-2024").
pub fn logical_parts(sentence: &str, right_to_left: bool) -> Vec<String> {
    let sentence = folded(sentence);
    if !right_to_left {
        return vec![sentence];
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut kind: Option<bool> = None;
    for c in sentence.chars() {
        let letter = is_right_to_left_letter(c);
        let number = c.is_alphanumeric() && !letter;
        let joins = c == ' ' || (kind == Some(false) && matches!(c, '-' | '/' | '.' | ':'));
        if (letter && kind == Some(true)) || (number && kind == Some(false)) || (joins && kind.is_some()) {
            current.push(c);
            continue;
        }
        let trimmed = current.trim_matches(|c: char| c == ' ' || matches!(c, '-' | '/' | '.' | ':')).to_string();
        if !trimmed.is_empty() {
            parts.push(trimmed);
        }
        current.clear();
        kind = if letter { Some(true) } else if number { Some(false) } else { None };
        if kind.is_some() {
            current.push(c);
        }
    }
    let trimmed = current.trim_matches(|c: char| c == ' ' || matches!(c, '-' | '/' | '.' | ':')).to_string();
    if !trimmed.is_empty() {
        parts.push(trimmed);
    }
    parts
}

/// Asserts that `extracted` gives `sentence` back in logical order (see [`logical_parts`]).
#[track_caller]
pub fn assert_extracted(extracted: &str, sentence: &str, right_to_left: bool, what: &str) {
    for part in logical_parts(sentence, right_to_left) {
        assert!(
            extracted.contains(&part),
            "{what}: \"{part}\" (of \"{sentence}\") is extracted in logical order: joined letters map back to their \
             characters, numbers keep their order:\n{extracted}"
        );
    }
}
