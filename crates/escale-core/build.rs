//! Embeds every Fluent file of `locales/<language>/` in the core, so that adding a language
//! is adding a folder: no list to keep in step by hand.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest_dir).join("../../locales").canonicalize().expect("locales/ exists");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut languages: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ is readable")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .collect();
    languages.sort_by_key(|entry| entry.file_name());

    let mut code = String::from("/// (language, file name, contents) of every embedded Fluent file.\n");
    code.push_str("pub(crate) const FLUENT_FILES: &[(&str, &str, &str)] = &[\n");
    let mut reviewed_languages = Vec::new();
    for language in languages {
        println!("cargo:rerun-if-changed={}", language.path().display());
        if language.path().join("review.toml").is_file() {
            reviewed_languages.push(language.file_name().to_string_lossy().into_owned());
        }
        let mut files: Vec<_> = std::fs::read_dir(language.path())
            .expect("a locale folder is readable")
            .filter_map(Result::ok)
            .filter(|entry| entry.path().extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort_by_key(|entry| entry.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            writeln!(
                code,
                "    ({:?}, {:?}, include_str!({:?})),",
                language.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                file.path().display().to_string()
            )
            .expect("writing to a String cannot fail");
        }
    }
    code.push_str("];\n");

    // Each language's review status (locales/<language>/review.toml), shown in the settings.
    code.push_str("/// (language, contents of its review.toml) of every locale folder that has one.\n");
    code.push_str("pub(crate) const REVIEW_FILES: &[(&str, &str)] = &[\n");
    for language in &reviewed_languages {
        let file = locales.join(language).join("review.toml");
        println!("cargo:rerun-if-changed={}", file.display());
        writeln!(code, "    ({:?}, include_str!({:?})),", language, file.display().to_string())
            .expect("writing to a String cannot fail");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("fluent_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
