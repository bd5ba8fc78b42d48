//! Finding a person however their name is typed: accents, case, apostrophes, other scripts.

use escale_core::Store;
use escale_core::beneficiary::BeneficiaryInput;

use crate::support::{TestStore, add_person, everyone, person};

/// The full names ("First Last") the query finds, in the order given.
fn found(store: &Store, query: &str) -> Vec<String> {
    store
        .search_beneficiaries(query, 100)
        .unwrap_or_else(|error| panic!("searching {query:?} must not fail: {error:?}"))
        .into_iter()
        .map(|summary| format!("{} {}", summary.first_name, summary.last_name))
        .collect()
}

/// `query` must find exactly `expected` (full names, in list order).
#[track_caller]
fn check(store: &Store, query: &str, expected: &[&str]) {
    assert_eq!(
        found(store, query),
        expected,
        "what the query {query:?} must find, alphabetically"
    );
}

/// A store with people whose names are written in several scripts and ways.
fn people() -> TestStore {
    let mut store = TestStore::new();
    for (first, last) in [
        ("Élodie", "N'Diaye"),
        ("Élodie", "Martin"),
        ("Jean-Édouard", "Lemaître"),
        ("Marie", "Diallo"),
        ("فاطمة", "العلوي"),
        ("أحمد", "حداد"),
        ("Олена", "Шевченко"),
        ("Андрій", "Коваленко"),
        ("ሳባ", "ገብረሂወት"),
        ("ዮናስ", "ሃይለ"),
    ] {
        add_person(&mut store, first, last);
    }
    store
}

#[test]
fn accents_case_and_apostrophes_do_not_matter() {
    let store = people();
    for query in [
        "elodie ndiaye",
        "ndiaye",
        "n'diaye",
        "N’DIAYE",
        "diaye",
        "N DIAYE",
        "ÉLODIE N-DIAYE",
        "ndi elo",
    ] {
        check(&store, query, &["Élodie N'Diaye"]);
    }
    check(&store, "elodie", &["Élodie Martin", "Élodie N'Diaye"]);
    check(&store, "edouard", &["Jean-Édouard Lemaître"]);
    check(&store, "jeanedouard lemaitre", &["Jean-Édouard Lemaître"]);
    check(&store, "di", &["Marie Diallo", "Élodie N'Diaye"]);
}

#[test]
fn other_scripts_are_found_by_prefix() {
    let store = people();
    check(&store, "فاط", &["فاطمة العلوي"]);
    check(&store, "فاطمه", &["فاطمة العلوي"]);
    check(&store, "احمد", &["أحمد حداد"]);
    check(&store, "олен", &["Олена Шевченко"]);
    check(&store, "шевч", &["Олена Шевченко"]);
    check(&store, "ШЕВЧЕНКО", &["Олена Шевченко"]);
    check(&store, "ገብረ", &["ሳባ ገብረሂወት"]);
    check(&store, "ዮና", &["ዮናስ ሃይለ"]);
}

#[test]
fn a_query_matching_nobody_finds_nobody() {
    let store = people();
    for query in [
        "zzz",
        "elodie diallo",
        "ndiayez",
        "шевченкоо",
        "ndiaye OR martin",
        "NEAR(ndiaye martin)",
    ] {
        check(&store, query, &[]);
    }
}

#[test]
fn renaming_someone_reindexes_their_name() {
    let mut store = people();
    let elodie = store
        .search_beneficiaries("ndiaye", 10)
        .expect("searchable")
        .remove(0);
    store
        .update_beneficiary(&elodie.id, &person("Élodie", "Traoré"))
        .expect("a valid rename");
    check(&store, "ndiaye", &[]);
    check(&store, "traore", &["Élodie Traoré"]);
    store
        .update_beneficiary(
            &elodie.id,
            &BeneficiaryInput {
                anonymous: true,
                ..person("Élodie", "Traoré")
            },
        )
        .expect("a person can become anonymous");
    check(&store, "traore", &[]);
}

#[test]
fn an_empty_query_lists_everyone_alphabetically() {
    let mut store = TestStore::new();
    store
        .create_beneficiary(&BeneficiaryInput {
            anonymous: true,
            ..BeneficiaryInput::default()
        })
        .expect("anonymous");
    for (first, last) in [
        ("Zoé", "Fabre"),
        ("Paul", "Éluard"),
        ("anne", "ebert"),
        ("Léa", "Martin"),
        ("Aïcha", "Martin"),
        ("Олена", "Шевченко"),
        ("Marc", "d'Arcy"),
    ] {
        add_person(&mut store, first, last);
    }
    let names: Vec<String> = everyone(&store)
        .into_iter()
        .map(|summary| {
            if summary.anonymous {
                "(anonymous)".into()
            } else {
                format!("{} {}", summary.first_name, summary.last_name)
            }
        })
        .collect();
    assert_eq!(
        names,
        [
            "Marc d'Arcy",
            "anne ebert",
            "Paul Éluard",
            "Zoé Fabre",
            "Aïcha Martin",
            "Léa Martin",
            "Олена Шевченко",
            "(anonymous)"
        ],
        "by last name then first name, ignoring case, accents and apostrophes; anonymous records last"
    );
    for query in ["", "   ", "'", " - "] {
        assert_eq!(
            store
                .search_beneficiaries(query, 1000)
                .expect("listable")
                .len(),
            8,
            "a query with nothing searchable ({query:?}) lists everyone"
        );
    }
    assert_eq!(
        store.search_beneficiaries("", 3).expect("listable").len(),
        3,
        "the limit is respected"
    );
}

#[test]
fn latin_letters_without_a_base_letter_are_found_from_a_french_keyboard() {
    let mut store = TestStore::new();
    for (first, last) in [
        ("Jacques", "Cœur"),
        ("Lætitia", "Strauß"),
        ("Søren", "Østergård"),
        ("Łukasz", "Wałęsa"),
        ("Işıl", "Ağaoğlu"),
        ("Đức", "Nguyễn"),
        ("Þórunn", "Guðmundsdóttir"),
        ("Ștefan", "Țepeș"),
        ("Kɔnɛ", "Ɗiallo"),
    ] {
        add_person(&mut store, first, last);
    }
    for (query, expected) in [
        ("coeur", "Jacques Cœur"),
        ("laetitia strauss", "Lætitia Strauß"),
        ("soren ostergard", "Søren Østergård"),
        ("lukasz walesa", "Łukasz Wałęsa"),
        ("isil agaoglu", "Işıl Ağaoğlu"),
        ("duc nguyen", "Đức Nguyễn"),
        ("thorunn gudmundsdottir", "Þórunn Guðmundsdóttir"),
        ("stefan tepes", "Ștefan Țepeș"),
        ("kone diallo", "Kɔnɛ Ɗiallo"),
        ("STRAUSS", "Lætitia Strauß"),
        ("Strauß", "Lætitia Strauß"),
    ] {
        check(&store, query, &[expected]);
    }
}

#[test]
fn compound_names_are_found_joined_and_by_any_part() {
    let mut store = TestStore::new();
    for (first, last) in [("Yann", "Le Goff"), ("Maria", "Da Silva"), ("Louis", "Saint-Just-Lefèvre"), ("Anne", "de La Fontaine")] {
        add_person(&mut store, first, last);
    }
    for (query, expected) in [
        ("legoff", "Yann Le Goff"),
        ("yann legof", "Yann Le Goff"),
        ("dasilva", "Maria Da Silva"),
        ("just", "Louis Saint-Just-Lefèvre"),
        ("lefevre", "Louis Saint-Just-Lefèvre"),
        ("justlefevre", "Louis Saint-Just-Lefèvre"),
        ("saint just lefevre", "Louis Saint-Just-Lefèvre"),
        ("lafontaine", "Anne de La Fontaine"),
        ("delafontaine", "Anne de La Fontaine"),
    ] {
        check(&store, query, &[expected]);
    }
}

#[test]
fn arabic_names_are_found_without_their_article() {
    let store = people();
    check(&store, "علوي", &["فاطمة العلوي"]);
    check(&store, "العلوي", &["فاطمة العلوي"]);
}

#[test]
fn names_in_other_scripts_are_found_from_a_french_keyboard() {
    let mut store = TestStore::new();
    add_person(&mut store, "Олена", "Шевченко");
    add_person(&mut store, "محمد", "حداد");
    add_person(&mut store, "ዮናስ", "ገብረሂወት");
    store
        .create_beneficiary(&BeneficiaryInput {
            latin_first_name: "Fatima".into(),
            latin_last_name: "El Alaoui".into(),
            ..person("فاطمة", "العلوي")
        })
        .expect("a name in Arabic with its Latin spelling");
    check(&store, "shevchenko", &["Олена Шевченко"]);
    check(&store, "olena shev", &["Олена Шевченко"]);
    for spelling in ["mohamed", "mohammed", "muhammad", "mohamed haddad", "moh"] {
        check(&store, spelling, &["محمد حداد"]);
    }
    check(&store, "yonas gebrehiwet", &["ዮናስ ገብረሂወት"]);
    for query in ["fatima", "elalaoui", "alaoui", "fatima el alaoui"] {
        check(&store, query, &["فاطمة العلوي"]);
    }
    check(&store, "martin", &[]);
}

#[test]
fn people_are_listed_by_the_latin_form_of_their_name() {
    let mut store = TestStore::new();
    add_person(&mut store, "Zoé", "Ziegler");
    add_person(&mut store, "Léa", "Martin");
    add_person(&mut store, "Олена", "Шевченко");
    store
        .create_beneficiary(&BeneficiaryInput {
            latin_first_name: "Mohamed".into(),
            latin_last_name: "Haddad".into(),
            ..person("محمد", "حداد")
        })
        .expect("a name in Arabic with its Latin spelling");
    let names: Vec<String> = everyone(&store)
        .into_iter()
        .map(|summary| format!("{} {}", summary.first_name, summary.last_name))
        .collect();
    assert_eq!(
        names,
        ["محمد حداد", "Léa Martin", "Олена Шевченко", "Zoé Ziegler"],
        "Haddad, Martin, Shevchenko (transliterated), Ziegler: other scripts among the Latin names"
    );
}

#[test]
fn names_are_stored_composed_and_latin_names_must_be_latin() {
    let mut store = TestStore::new();
    let stored = store
        .create_beneficiary(&person("E\u{301}lodie", "Lefe\u{300}vre"))
        .expect("a name typed with combining accents");
    assert_eq!(
        (stored.first_name.as_str(), stored.last_name.as_str()),
        ("\u{c9}lodie", "Lef\u{e8}vre"),
        "names are stored in NFC, with precomposed letters"
    );
    let refused = store.create_beneficiary(&BeneficiaryInput {
        latin_last_name: "Шевченко".into(),
        ..person("Олена", "Шевченко")
    });
    assert_eq!(
        crate::support::validation_error(refused),
        escale_core::ValidationError::NotInLatinLetters { field: "latinLastName" },
        "the name as on French documents is in Latin letters"
    );
}

#[test]
fn the_name_index_is_rebuilt_when_it_was_built_by_another_folding() {
    let mut store = people();
    {
        // As a store indexed by an older program would be: no version, an empty index.
        let raw = store.raw();
        raw.execute_batch(
            "DELETE FROM local_setting WHERE key = 'name_index_version'; \
             INSERT INTO beneficiary_name_index (beneficiary_name_index) VALUES ('delete-all'); \
             UPDATE beneficiary SET sort_key = '';",
        )
        .expect("the index is emptied through a raw connection");
    }
    store.reopen();
    check(&store, "علوي", &["فاطمة العلوي"]);
    check(&store, "shevchenko", &["Олена Шевченко"]);
    assert_eq!(
        everyone(&store).first().map(|p| p.last_name.clone()).as_deref(),
        Some("Diallo"),
        "sort keys are computed again: Diallo comes first"
    );
}

mod property {
    //! Every prefix of every word of a name, and the name written without its spaces and its
    //! particles, find the person, through the real search on an encrypted store.

    use std::cell::RefCell;

    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    use crate::support::TestStore;

    /// Particles that begin or join family names; "d'" and "l'" attach to the next word.
    const PARTICLES: &[&str] = &["de", "da", "du", "la", "le", "van", "von", "ben", "el", "al", "ould", "dos", "d'", "l'"];
    /// Syllables are consonant then vowel, so that two of them never spell a particle.
    const CONSONANTS: &[&str] = &["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "ł", "ß", "đ", "þ", "ş", "ț", "ch", "Ł", "Đ"];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "é", "è", "ø", "æ", "œ", "ı", "å", "ü", "ă", "ơ", "Œ", "Æ", "ɛ"];
    const OTHER_SCRIPT_WORDS: &[&str] = &["Шевченко", "Олена", "محمد", "العلوي", "ገብረሂወት", "Διονύσης"];

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::collection::vec((prop::sample::select(CONSONANTS), prop::sample::select(VOWELS)), 2..4)
                .prop_map(|syllables| syllables.into_iter().map(|(c, v)| format!("{c}{v}")).collect::<String>()),
            1 => prop::sample::select(OTHER_SCRIPT_WORDS).prop_map(str::to_string),
        ]
    }

    /// One token of a name: a particle or a word, maybe two words joined by a hyphen.
    #[derive(Debug, Clone)]
    enum Token {
        Particle(&'static str),
        Word(Vec<String>),
    }

    fn name() -> impl Strategy<Value = Vec<Token>> {
        let token = prop_oneof![
            1 => prop::sample::select(PARTICLES).prop_map(Token::Particle),
            3 => prop::collection::vec(word(), 1..3).prop_map(Token::Word),
        ];
        (prop::collection::vec(token, 0..4), prop::collection::vec(word(), 1..3))
            .prop_map(|(mut tokens, last)| {
                tokens.push(Token::Word(last));
                tokens
            })
    }

    /// The name as typed in a form.
    fn written(tokens: &[Token]) -> String {
        let mut text = String::new();
        for token in tokens {
            match token {
                Token::Particle(particle) => {
                    text.push_str(particle);
                    if !particle.ends_with('\'') {
                        text.push(' ');
                    }
                }
                Token::Word(parts) => {
                    text.push_str(&parts.join("-"));
                    text.push(' ');
                }
            }
        }
        text.trim_end().to_string()
    }

    /// What a mediator may type to find the name: every prefix of every word and of every
    /// part of a word, the name without its spaces, the name without its particles.
    fn queries(tokens: &[Token]) -> Vec<String> {
        let mut queries = Vec::new();
        let text = written(tokens);
        let mut pieces: Vec<String> = text.split(' ').map(str::to_string).collect();
        for token in tokens {
            if let Token::Word(parts) = token {
                pieces.extend(parts.iter().cloned());
            }
        }
        for piece in pieces {
            let characters: Vec<char> = piece.chars().collect();
            for end in 1..=characters.len() {
                queries.push(characters[..end].iter().collect());
            }
        }
        queries.push(text.replace(' ', ""));
        let without_particles: String = tokens
            .iter()
            .filter_map(|token| match token {
                Token::Word(parts) => Some(parts.concat()),
                Token::Particle(_) => None,
            })
            .collect();
        queries.push(without_particles);
        queries
    }

    #[test]
    fn every_prefix_and_every_joined_form_finds_the_person() {
        let store = RefCell::new(TestStore::new());
        let mut runner = TestRunner::new(Config { cases: 64, failure_persistence: None, ..Config::default() });
        runner
            .run(&(name(), name()), |(first, last)| {
                let (first_name, last_name) = (written(&first), written(&last));
                let id = store
                    .borrow_mut()
                    .create_beneficiary(&crate::support::person(&first_name, &last_name))
                    .expect("a generated name is a valid name")
                    .id;
                let store = store.borrow();
                for query in queries(&first).into_iter().chain(queries(&last)) {
                    let found = store.search_beneficiaries(&query, 1000).expect("the search runs");
                    prop_assert!(
                        found.iter().any(|person| person.id == id),
                        "{query:?} must find {first_name:?} {last_name:?}"
                    );
                }
                Ok(())
            })
            .expect("every way of typing a name finds the person");
    }
}

#[test]
fn the_store_answers_the_same_after_giving_its_cache_back() {
    let store = people();
    let before = found(&store, "elodie");
    assert_eq!(before.len(), 2, "two Élodie in the store: the search reads pages into the cache");
    // The window empties the cache whenever it is at rest: the pages are read from the
    // encrypted file again, so the answers must not change.
    store.release_memory().expect("emptying the cache of an open store must not fail");
    assert_eq!(found(&store, "elodie"), before, "the same people after the cache is emptied");
    check(&store, "olena", &["Олена Шевченко"]);
}
