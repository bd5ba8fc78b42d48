//! The voices installed on this machine, asked of the real engine (scripts/install-deps.sh installs
//! espeak-ng), and a reading written to a WAV file, since a test machine has no speakers.

use escale_speech::{Output, Reader, Reading, ReadingEnd, SpeechError, Voice, parse_voice_list, voices};

/// The languages of the screen turned toward the person (the core's DOCUMENT_LANGUAGES).
const DOCUMENT_LANGUAGES: [&str; 12] = ["fr", "en", "ar", "fa", "ps", "ti", "uk", "ru", "ro", "tr", "es", "pt"];

fn samples_in(path: &std::path::Path) -> u64 {
    let length = std::fs::metadata(path).map(|metadata| metadata.len()).unwrap_or(0);
    // A WAV header is 44 bytes; espeak-ng writes 16-bit mono samples.
    length.saturating_sub(44) / 2
}

#[test]
fn a_listing_keeps_the_engine_s_own_voices_of_the_language_first() {
    let listing = "Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  fr-fr           --/M      French_(France)    roa/fr               (fr 5)
 7  fr-fr           --/M      french-mbrola-1    mb/mb-fr1            (fr 7)
 5  fr-be           --/M      French_(Belgium)   roa/fr-BE            (fr 8)
 2  en-gb           --/M      Speaks_French_too  gmw/en               (fr 9)
 5  variant         --/M      Storm              !v/Storm             (fr 5)
 8  fra             --/M      Not_French         xx/fra
";
    let found = parse_voice_list(listing, "fr");
    let identifiers: Vec<&str> = found.iter().map(|voice| voice.identifier.as_str()).collect();
    assert_eq!(
        identifiers,
        ["roa/fr", "roa/fr-BE", "gmw/en", "xx/fra"],
        "MBROLA voices and variants are left out; French voices come before those that only list French"
    );
    assert_eq!(
        found[0],
        Voice { language: "fr-fr".into(), name: "French_(France)".into(), identifier: "roa/fr".into() },
        "each column is read where the engine prints it"
    );
    assert!(parse_voice_list("Pty Language Age/Gender VoiceName File Other Languages\n", "ti").is_empty(), "no voice listed, none found");
    let russian = "Pty Language       Age/Gender VoiceName          File                 Other Languages
 2  ru-lv           --/M      Russian_(Latvia)   zle/ru-LV
 5  ru              --/M      Russian            zle/ru
";
    assert_eq!(
        parse_voice_list(russian, "ru")[0].identifier,
        "zle/ru",
        "the language's own voice comes before a region's, whatever their priorities"
    );
}

#[test]
fn the_voices_of_each_document_language_are_listed_and_french_arabic_have_one() {
    let mut table = Vec::new();
    for language in DOCUMENT_LANGUAGES {
        let found = voices(language).unwrap_or_else(|error| panic!("espeak-ng answers for {language}: {error} (scripts/install-deps.sh installs it)"));
        for voice in &found {
            assert!(
                !voice.identifier.starts_with("mb/"),
                "{language}: an MBROLA voice needs data Escale does not install: {voice:?}"
            );
        }
        table.push(format!("{language}: {}", found.iter().map(|voice| voice.name.as_str()).collect::<Vec<_>>().join(", ")));
        if ["fr", "ar", "uk", "es"].contains(&language) {
            assert!(!found.is_empty(), "espeak-ng speaks {language}: the view reads it aloud without the web view");
        }
    }
    println!("voices per language:\n{}", table.join("\n"));
}

#[test]
fn a_language_code_is_never_passed_to_the_engine_as_something_else() {
    for odd in ["", "-w/tmp/x", "fr fr", "FR", "fr;ls", "français", "abcd"] {
        assert_eq!(voices(odd), Ok(Vec::new()), "{odd:?} is not a language code: no voice, and the engine is not asked");
    }
}

#[test]
fn french_and_arabic_are_read_into_sound_and_tigrinya_says_it_has_no_voice() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (language, text) in [("fr", "Apportez votre avis d’imposition."), ("ar", "أحضر إشعار الضريبة.")] {
        let path = folder.path().join(format!("{language}.wav"));
        let reading = Reading::start(language, text, &Output::WaveFile(path.clone())).expect("a voice exists");
        reading.wait().unwrap_or_else(|error| panic!("{language} is read to the end: {error}"));
        // Half a second of speech at 22,050 samples a second, at the least.
        let samples = samples_in(&path);
        assert!(samples > 11_000, "{language}: the voice produced sound ({samples} samples)");
    }
    let refused = Reading::start("ti", "ሰላም", &Output::WaveFile(folder.path().join("ti.wav")));
    assert_eq!(refused.err(), Some(SpeechError::NoVoice), "Tigrinya has no espeak-ng voice: the window says so");
}

#[test]
fn a_reading_is_stopped_from_another_thread() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let reader = Reader::default();
    let long_text = "Ceci est une phrase assez longue pour durer. ".repeat(150);
    let output = Output::WaveFile(folder.path().join("long.wav"));
    std::thread::scope(|scope| {
        let reading = scope.spawn(|| reader.read("fr", &long_text, &output));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !reader.is_reading() {
            assert!(std::time::Instant::now() < deadline, "the reading started");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        reader.stop();
        let end = reading.join().expect("the reading thread ends");
        assert_eq!(end, Ok(ReadingEnd::Stopped), "a second press stops the reading, and the first caller hears it stopped");
    });
    assert!(!reader.is_reading(), "nothing is left reading");
    let short = reader.read("fr", "Bonjour.", &Output::WaveFile(folder.path().join("short.wav")));
    assert_eq!(short, Ok(ReadingEnd::Finished), "a short text is read to the end");
}
