//! What a thief of the laptop finds on disk: encrypted bytes only, in the database file and in
//! its write-ahead log alike. And the person's rights: consent, a copy of their data, erasure
//! that leaves no trace in the decrypted pages, retention, the audit log.

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};
use escale_core::activity::ActivityInput;
use escale_core::audit::{AuditAction, AuditFilter, PageRequest};
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::clock;
use escale_core::demo::{self, DemoOptions};
use escale_core::i18n::Localizer;
use escale_core::privacy::access_document::access_document_text;
use escale_core::privacy::consent::ConsentInput;
use escale_core::procedure::{ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::{
    ActivityKind, AgeBand, ConsentMethod, ConsentPurpose, Gender, PersonalField, PlaceType,
    ProcedureStatus, SocialStatus, Theme,
};
use escale_core::{CoreError, ValidationError};

use crate::support::{TestStore, add_person, contains_bytes, everyone, files_starting_with, validation_error};

const NOTES: &str = "Titre de séjour expire en mars ; dette de loyer chez Habitat 93";
const PHONE: &str = "06 12 34 56 78";
const EMAIL: &str = "elodie.ndiaye@example.org";

/// Asserts that no file of the data folder (the database, its `-wal` and `-shm`, the key
/// settings, any temporary or leftover file) holds any of `secrets` in clear, nor SQLite's
/// plain header.
#[track_caller]
fn check_nothing_readable(store: &TestStore, secrets: &[String], moment: &str) {
    let files = files_starting_with(store.folder.path(), "");
    assert!(
        files.contains_key("escale.db"),
        "the database file exists ({moment})"
    );
    for (name, bytes) in &files {
        assert!(
            !contains_bytes(bytes, b"SQLite format 3"),
            "{name} shows SQLite's plain header: it is not encrypted ({moment})"
        );
        for secret in secrets {
            assert!(
                !contains_bytes(bytes, secret.as_bytes()),
                "{name} holds {secret:?} in clear ({moment}): a stolen laptop would reveal it"
            );
        }
    }
}

#[test]
fn names_and_notes_are_never_on_disk_in_clear() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(50)).expect("demo data is generated");
    store
        .create_beneficiary(&BeneficiaryInput {
            first_name: "Élodie".into(),
            last_name: "N'Diaye".into(),
            phone: PHONE.into(),
            email: EMAIL.into(),
            notes: NOTES.into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person");

    let mut secrets: Vec<String> = vec![
        "Élodie".into(),
        "N'Diaye".into(),
        NOTES.into(),
        PHONE.into(),
        EMAIL.into(),
        "Habitat 93".into(),
    ];
    // The folded forms written to the name index, too.
    secrets.extend(["elodie", "ndiaye"].map(String::from));
    for person in everyone(&store) {
        for name in [person.first_name, person.last_name] {
            if name.chars().count() >= 3 {
                secrets.push(name);
            }
        }
    }
    assert!(
        secrets.len() > 50,
        "the check covers the demo people's names, not only one person"
    );

    let log = store.folder.path().join("escale.db-wal");
    let log_size = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    assert!(
        log_size > 0,
        "without a checkpoint the new data sits in the write-ahead log, which must be checked too"
    );
    check_nothing_readable(&store, &secrets, "data in the write-ahead log");

    store
        .checkpoint()
        .expect("the log folds into the database file");
    check_nothing_readable(&store, &secrets, "after a checkpoint");

    store.close();
    check_nothing_readable(&store, &secrets, "after closing");
    let settings = std::fs::read(store.folder.path().join("key-settings.json"))
        .expect("the key settings exist");
    for secret in &secrets {
        assert!(
            !contains_bytes(&settings, secret.as_bytes()),
            "the plain-text key settings hold no personal data"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The person's rights: consent, access, erasure, retention, the audit log.

/// Text that occurs nowhere else, written into every free-text field of one person's file.
struct Secrets {
    first_name: &'static str,
    last_name: &'static str,
    phone: &'static str,
    email: &'static str,
    notes: &'static str,
    reference: &'static str,
    procedure_notes: &'static str,
    status_note: &'static str,
    accompaniment_notes: &'static str,
    next_steps: &'static str,
    /// The names as the name index stores them (folded).
    folded_names: [&'static str; 2],
}

const SECRETS: Secrets = Secrets {
    first_name: "Xylofréda",
    last_name: "Vbjorkqvist",
    phone: "07 98 76 54 32",
    email: "xylofreda.vbj@example.org",
    notes: "Dossier MDPH déposé, dette EDF de 412 euros",
    reference: "CAF-7781-QXW",
    procedure_notes: "Attestation employeur manquante chez Kwikfix",
    status_note: "Récépissé reçu numéro 55-ZQJ",
    accompaniment_notes: "Rendez-vous préfecture de Bobigny guichet 7",
    next_steps: "Apporter l'avis d'imposition Quorvex",
    folded_names: ["xylofreda", "vbjorkqvist"],
};

impl Secrets {
    fn all(&self) -> Vec<&'static str> {
        let mut all = vec![
            self.first_name,
            self.last_name,
            self.phone,
            self.email,
            self.notes,
            self.reference,
            self.procedure_notes,
            self.status_note,
            self.accompaniment_notes,
            self.next_steps,
        ];
        all.extend(self.folded_names);
        all
    }
}

/// A person with every kind of personal text, an individual accompaniment with notes, a
/// procedure with a reference, notes and a noted status change, and a consent.
fn person_with_secrets(store: &mut TestStore) -> String {
    let person = store
        .create_beneficiary(&BeneficiaryInput {
            first_name: SECRETS.first_name.into(),
            last_name: SECRETS.last_name.into(),
            phone: SECRETS.phone.into(),
            email: SECRETS.email.into(),
            notes: SECRETS.notes.into(),
            birth_year: Some(1961),
            gender: Gender::Female,
            social_status: SocialStatus::Retired,
            languages: vec!["en".into(), "ti".into()],
            document_language: "en".into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person");
    store
        .record_activity(&ActivityInput {
            themes: vec![Theme::AdministrativeProcedureHelp, Theme::ForeignersEurope],
            notes: SECRETS.accompaniment_notes.into(),
            next_steps: SECRETS.next_steps.into(),
            date: clock::today() - Days::new(10),
            ..ActivityInput::individual(&person.id)
        })
        .expect("a valid accompaniment");
    let procedure = store
        .create_procedure(&ProcedureInput {
            reference: SECRETS.reference.into(),
            deadline: Some(clock::today() + Days::new(20)),
            notes: SECRETS.procedure_notes.into(),
            ..ProcedureInput::new(&person.id, "caf_rsa")
        })
        .expect("a valid procedure");
    store
        .set_procedure_status(&procedure.id, &StatusChangeInput::to(ProcedureStatus::Submitted).with_note(SECRETS.status_note))
        .expect("a valid status change");
    store
        .record_consent(&ConsentInput {
            beneficiary_id: person.id.clone(),
            given_on: clock::today(),
            method: ConsentMethod::SignedForm,
            purposes: vec![ConsentPurpose::FileFollowUp, ConsentPurpose::AdministrativeProcedures],
        })
        .expect("a valid consent");
    person.id
}

/// Every page of the database file and every page image in its write-ahead log, decrypted.
///
/// The files are encrypted, so scanning their raw bytes for a name proves nothing. SQLCipher 4
/// with a raw key (`x'…'`) encrypts each page with AES-256-CBC under that key: the first 16
/// bytes of page 1 are the salt, the last 80 bytes of every page are the IV (16) and the HMAC
/// (64). This bundled SQLCipher has no `sqlite_dbpage` table to read pages through, and
/// `VACUUM INTO` or `sqlcipher_export` would rewrite the data instead of showing what is there.
fn decrypted_pages(store: &TestStore) -> Vec<u8> {
    use aes::cipher::{BlockCipherDecrypt, KeyInit};

    const PAGE_SIZE: usize = 4096;
    const RESERVE: usize = 80;
    const SALT: usize = 16;
    const WAL_HEADER: usize = 32;
    const FRAME_HEADER: usize = 24;

    let key = hex::decode(store.key_hex()).expect("the keyring holds a hexadecimal key");
    let cipher = aes::Aes256::new_from_slice(&key).expect("a 256-bit key");
    let decrypt = |page: &[u8], page_number: u32, plain: &mut Vec<u8>| {
        let start = if page_number == 1 { SALT } else { 0 };
        let mut previous: [u8; 16] =
            page[PAGE_SIZE - RESERVE..PAGE_SIZE - RESERVE + 16].try_into().expect("a 16-byte IV");
        // CBC by hand: each block is decrypted, then XORed with the previous ciphertext block.
        for block in page[start..PAGE_SIZE - RESERVE].chunks_exact(16) {
            let mut clear = aes::Block::try_from(block).expect("a 16-byte block");
            cipher.decrypt_block(&mut clear);
            plain.extend(clear.iter().zip(previous).map(|(byte, mask)| byte ^ mask));
            previous = block.try_into().expect("a 16-byte block");
        }
    };

    let mut plain = Vec::new();
    let folder = store.folder.path();
    let database = std::fs::read(folder.join("escale.db")).expect("the database file is readable");
    assert_eq!(database.len() % PAGE_SIZE, 0, "the database is made of whole {PAGE_SIZE}-byte pages");
    for (index, page) in database.chunks_exact(PAGE_SIZE).enumerate() {
        decrypt(page, index as u32 + 1, &mut plain);
    }
    // The decryption is right only if page 1 holds SQLite's header after the salt: the page
    // size (big-endian) and the reserved bytes per page.
    assert_eq!(&plain[..2], &[0x10, 0x00], "page 1 decrypts to SQLite's header (page size 4096)");
    assert_eq!(usize::from(plain[4]), RESERVE, "page 1 decrypts to SQLite's header (80 reserved bytes)");

    if let Ok(log) = std::fs::read(folder.join("escale.db-wal"))
        && log.len() > WAL_HEADER
    {
        for frame in log[WAL_HEADER..].chunks_exact(FRAME_HEADER + PAGE_SIZE) {
            let page_number = u32::from_be_bytes(frame[..4].try_into().expect("4 bytes"));
            decrypt(&frame[FRAME_HEADER..], page_number, &mut plain);
        }
    }
    plain
}

/// The secrets found in clear in the decrypted files.
fn secrets_in_files(store: &TestStore) -> Vec<&'static str> {
    let pages = decrypted_pages(store);
    SECRETS.all().into_iter().filter(|secret| contains_bytes(&pages, secret.as_bytes())).collect()
}

fn log_size(store: &TestStore) -> u64 {
    std::fs::metadata(store.folder.path().join("escale.db-wal")).map(|m| m.len()).unwrap_or(0)
}

#[test]
fn erased_text_is_gone_from_the_database_file_and_its_log() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(30)).expect("demo data is generated");
    let id = person_with_secrets(&mut store);
    // Half the writes in the database file, half in the log: both places must be cleaned.
    store.checkpoint().expect("the log folds into the database file");
    store
        .update_beneficiary(
            &id,
            &BeneficiaryInput {
                first_name: SECRETS.first_name.into(),
                last_name: SECRETS.last_name.into(),
                phone: SECRETS.phone.into(),
                email: SECRETS.email.into(),
                notes: format!("{} (mis à jour)", SECRETS.notes),
                ..BeneficiaryInput::default()
            },
        )
        .expect("a valid update");
    assert!(log_size(&store) > 0, "the update sits in the write-ahead log, which is scanned too");

    assert_eq!(
        secrets_in_files(&store),
        SECRETS.all(),
        "before erasure the scan finds every secret in the decrypted pages: the scan works, so \
         finding nothing afterwards means something"
    );

    let report = store.erase_beneficiary(&id).expect("the person is erased");
    assert!(report.log_truncated, "no other connection reads, so the log is emptied");
    assert_eq!(log_size(&store), 0, "the write-ahead log is truncated: no old page image survives in it");
    assert_eq!(
        secrets_in_files(&store),
        Vec::<&str>::new(),
        "after erasure no secret is left in any page of the database or its log (secure_delete \
         zeroes freed bytes, the name index is merged, the log is truncated)"
    );

    store.close();
    assert_eq!(secrets_in_files(&store), Vec::<&str>::new(), "closing brings nothing back");
}

/// Blanks the person's identity and unindexes their name through a raw connection, as an
/// erasure would, but with `secure_delete` as given and without merging the name index; returns
/// the secrets still found in the decrypted files.
fn secrets_left_by_a_naive_erasure(secure_delete: bool) -> Vec<&'static str> {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(30)).expect("demo data is generated");
    let id = person_with_secrets(&mut store);
    store.checkpoint().expect("the log folds into the database file");
    {
        let raw = store.raw();
        raw.pragma_update(None, "secure_delete", secure_delete).expect("secure_delete can be set");
        let rowid: i64 = raw
            .query_row("SELECT rowid FROM beneficiary WHERE id = ?1", [&id], |row| row.get(0))
            .expect("the person's row");
        raw.execute(
            "UPDATE beneficiary SET first_name = '', last_name = '', sort_key = '', phone = '', email = '', \
             notes = '' WHERE rowid = ?1",
            [rowid],
        )
        .expect("the identity is blanked");
        raw.execute(
            "DELETE FROM beneficiary_name_index WHERE rowid = (SELECT place FROM beneficiary_name_list WHERE person = ?1)",
            [rowid],
        )
        .expect("unindexed");
        raw.execute("DELETE FROM beneficiary_name_list WHERE person = ?1", [rowid]).expect("out of the list");
        raw.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").expect("checkpointed");
    }
    secrets_in_files(&store)
}

#[test]
fn a_naive_erasure_would_leave_the_text_in_the_file() {
    // The controls that prove the test above can fail: each of its two measures is needed.
    let without_secure_delete = secrets_left_by_a_naive_erasure(false);
    assert!(
        [SECRETS.first_name, SECRETS.phone, SECRETS.email, SECRETS.notes]
            .iter()
            .any(|secret| without_secure_delete.contains(secret)),
        "without secure_delete, blanked values stay in the free space of their page: {without_secure_delete:?}"
    );
    let without_merging = secrets_left_by_a_naive_erasure(true);
    assert!(
        SECRETS.folded_names.iter().any(|name| without_merging.contains(name)),
        "with secure_delete but without merging the name index, a deleted row's terms stay in the \
         index's segments: {without_merging:?}"
    );
    for secret in [SECRETS.first_name, SECRETS.last_name, SECRETS.phone, SECRETS.email, SECRETS.notes] {
        assert!(
            !without_merging.contains(&secret),
            "secure_delete alone zeroes the blanked row's old bytes ({secret:?} was found)"
        );
    }
}

#[test]
fn the_erasure_preview_says_what_goes_and_changes_nothing() {
    let mut store = TestStore::new();
    let id = person_with_secrets(&mut store);
    let rows = store.row_counts();
    let preview = store.erasure_preview(&id).expect("a preview of an existing person");
    assert_eq!(store.row_counts(), rows, "a preview writes nothing, not even an audit event");
    assert_eq!(
        preview.personal_fields,
        [
            PersonalField::FirstName,
            PersonalField::LastName,
            PersonalField::Phone,
            PersonalField::Email,
            PersonalField::Languages,
            PersonalField::DocumentLanguage,
            PersonalField::Notes,
        ],
        "every filled identity and contact field is announced"
    );
    assert_eq!(preview.accompaniment_notes, 1, "the accompaniment's notes and next steps are announced");
    assert_eq!(preview.procedure_texts, 1, "the procedure's reference and notes are announced");
    assert_eq!(preview.status_change_notes, 1, "the status change's note is announced");
    assert_eq!(preview.accompaniments_kept, 1, "the accompaniment stays for the statistics");
    assert_eq!(preview.procedures_kept, 1, "the procedure stays with its kind and status");
    assert_eq!(preview.consents_kept, 1, "the consent record stays as proof");

    let report = store.erase_beneficiary(&id).expect("erased");
    assert_eq!(report.erased, preview, "the erasure empties exactly what the preview announced");
    assert!(
        matches!(store.erasure_preview(&id), Err(CoreError::AlreadyErased(_))),
        "an erased file has nothing left to preview"
    );
    assert!(
        matches!(store.erase_beneficiary(&id), Err(CoreError::AlreadyErased(_))),
        "erasing twice is refused rather than logged twice"
    );
    assert!(
        matches!(store.erasure_preview("0190aaaa-0000-7000-8000-000000000000"), Err(CoreError::NotFound { .. })),
        "an unknown person cannot be previewed"
    );
}

#[test]
fn an_erased_person_stays_as_an_anonymous_person_with_their_accompaniments() {
    let mut store = TestStore::new();
    let id = person_with_secrets(&mut store);
    add_person(&mut store, "Élodie", "N'Diaye");
    store.erase_beneficiary(&id).expect("erased");

    let person = store.beneficiary(&id).expect("the row stays, as an anonymous person");
    assert!(person.anonymous, "the person is now anonymous");
    for (field, value) in [
        ("first name", &person.first_name),
        ("last name", &person.last_name),
        ("phone", &person.phone),
        ("email", &person.email),
        ("notes", &person.notes),
    ] {
        assert_eq!(value, "", "the {field} is emptied");
    }
    assert!(person.languages.is_empty(), "the languages spoken are emptied");
    assert_eq!(person.document_language, "fr", "the document language goes back to the default");
    assert_eq!(person.birth_year, Some(1961), "the birth year stays: age bands at past dates need it");
    assert_eq!(person.gender, Gender::Female, "the gender stays for the statistics");
    assert_eq!(person.social_status, SocialStatus::Retired, "the social status stays for the statistics");

    assert!(
        store.search_beneficiaries(SECRETS.last_name, 50).expect("searchable").is_empty(),
        "the name no longer finds anyone"
    );
    assert_eq!(
        store.search_beneficiaries("elodie", 50).expect("searchable").len(),
        1,
        "merging the name index keeps everyone else findable"
    );
    let activities = store.activities_of_beneficiary(&id).expect("the accompaniments stay");
    assert_eq!(activities.len(), 1, "the accompaniment is kept");
    assert_eq!(activities[0].notes, "", "its notes are emptied");
    assert_eq!(activities[0].next_steps, "", "its next steps are emptied");
    assert_eq!(
        activities[0].themes,
        [Theme::AdministrativeProcedureHelp, Theme::ForeignersEurope],
        "its themes are kept for the statistics"
    );
    let procedures = store.procedures(Some(&id)).expect("the procedures stay");
    assert_eq!(procedures[0].reference, "", "the case number is emptied");
    assert_eq!(procedures[0].notes, "", "the procedure notes are emptied");
    assert!(procedures[0].history.iter().all(|change| change.note.is_empty()), "status notes are emptied");
    assert_eq!(procedures[0].status, ProcedureStatus::Submitted, "the status is kept");
    assert_eq!(
        store.audit_events_of(&id).expect("readable").last().map(|event| event.action.as_str()),
        Some("erase"),
        "the erasure is in the audit log"
    );
}

/// What the statistics count, per accompaniment: the activity's date, kind, duration, themes,
/// and the person's age band at that date, gender, social status and commune.
fn statistics(store: &TestStore) -> BTreeMap<String, i64> {
    let connection = store.raw();
    let mut statement = connection
        .prepare(
            "SELECT a.date, a.kind, a.duration_minutes, t.theme, b.birth_year, b.gender, b.social_status, \
               b.commune_insee_code, \
               (SELECT min(earlier.date) FROM accompaniment e JOIN activity earlier ON earlier.id = e.activity_id \
                WHERE e.beneficiary_id = ac.beneficiary_id AND e.deleted_at IS NULL AND earlier.deleted_at IS NULL) = a.date \
             FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
             JOIN beneficiary b ON b.id = ac.beneficiary_id \
             JOIN activity_theme t ON t.activity_id = a.id \
             WHERE ac.deleted_at IS NULL AND a.deleted_at IS NULL",
        )
        .expect("the statistics query is valid");
    let mut counts = BTreeMap::new();
    let mut rows = statement.query([]).expect("readable");
    while let Some(row) = rows.next().expect("readable") {
        let date: String = row.get(0).expect("date");
        let year: i32 = date[..4].parse().expect("a year");
        let birth_year: Option<i32> = row.get(4).expect("birth year");
        let age_band = AgeBand::from_birth_year(birth_year, year);
        let key = format!(
            "{}|{}|{}|{}|{}|{}|{}|{}|{}",
            &date[..7],
            row.get::<_, String>(1).expect("kind"),
            row.get::<_, i64>(2).expect("duration"),
            row.get::<_, String>(3).expect("theme"),
            age_band.code(),
            row.get::<_, String>(5).expect("gender"),
            row.get::<_, String>(6).expect("status"),
            row.get::<_, String>(7).expect("commune"),
            row.get::<_, bool>(8).expect("first"),
        );
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

/// An individual accompaniment of `person` on `date`.
fn accompaniment_on(store: &mut TestStore, person: &str, date: NaiveDate) {
    store
        .record_activity(&ActivityInput {
            themes: vec![Theme::Email],
            notes: "Création de l'adresse e-mail".into(),
            date,
            ..ActivityInput::individual(person)
        })
        .expect("a valid accompaniment in the past");
}

#[test]
fn retention_anonymises_files_after_the_period_and_the_statistics_do_not_change() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(40)).expect("demo data is generated");
    let today = clock::today();
    let months_ago = |months: u32| today.checked_sub_months(Months::new(months)).expect("a past day");

    let old = add_person(&mut store, "Gérard", "Lefèvre").id;
    accompaniment_on(&mut store, &old, months_ago(30));
    let recent = add_person(&mut store, "Fatima", "Haddad").id;
    accompaniment_on(&mut store, &recent, months_ago(30));
    accompaniment_on(&mut store, &recent, months_ago(3));
    // An old accompaniment, but a procedure moved forward today: the file is still in use.
    let followed = add_person(&mut store, "Олена", "Шевченко").id;
    accompaniment_on(&mut store, &followed, months_ago(30));
    store
        .create_procedure(&ProcedureInput::new(&followed, "anef_premier_titre_sejour"))
        .expect("a valid procedure");

    assert_eq!(store.retention_months().expect("readable"), 24, "the default period is 24 months");
    // The demo's accompaniments are all within the last year: only `old` is due today.
    let due = store.retention_preview(today).expect("a preview");
    assert_eq!(
        due.iter().map(|c| c.beneficiary_id.as_str()).collect::<Vec<_>>(),
        [old.as_str()],
        "only the file whose last accompaniment is 30 months old is due: {due:?}"
    );
    assert_eq!(due[0].last_activity_on, months_ago(30), "the preview gives the last accompaniment");
    assert_eq!(
        due[0].anonymise_on,
        months_ago(30).checked_add_months(Months::new(24)).expect("a day"),
        "and the day it became due, 24 months later"
    );
    assert_eq!(due[0].last_name, "Lefèvre", "the mediator sees whose file it is");
    let later = store
        .retention_preview(today.checked_add_months(Months::new(22)).expect("a day"))
        .expect("a preview of a later day");
    assert!(
        later.iter().any(|c| c.beneficiary_id == recent),
        "a preview at a later day shows files that will come due by then"
    );

    // An audit event older than the period is pruned; recent ones stay.
    store
        .raw()
        .execute(
            "INSERT INTO audit_event (id, at, action, entity, entity_id) \
             VALUES ('0190aaaa-0000-7000-8000-00000000beef', '2019-05-01T10:00:00.000Z', 'view', 'beneficiary', ?1)",
            [&recent],
        )
        .expect("an old event is inserted");
    let events_before = store.row_counts()["audit_event"];

    let before = statistics(&store);
    let year = escale_core::stats::StatisticsQuery { from: today - Months::new(36), to: today, place_id: None };
    let figures_before = store.statistics(&year).expect("statistics");
    let page = store.retention_preview_first(today, 0).expect("a page of the preview");
    assert_eq!((page.candidates.len(), page.total), (0, 1), "an empty page still says how many files are due");
    let page = store.retention_preview_first(today, 100).expect("a page of the preview");
    assert_eq!((page.candidates.len(), page.total), (1, 1), "a page longer than the list holds it all");
    let report = store.apply_retention(today).expect("retention runs");
    assert_eq!(report.anonymised, 1, "exactly the due file is anonymised");
    assert_eq!(report.audit_events_pruned, 1, "the 2019 event, older than 24 months, is deleted");
    assert_eq!(statistics(&store), before, "statistics are the same before and after anonymisation");
    let figures_after = store.statistics(&year).expect("statistics");
    // The anonymised file now counts with the anonymous people rather than the followed ones:
    // that split moves by one, every other figure stays.
    let split = |totals: &escale_core::stats::Totals| (totals.followed_people, totals.anonymous_people);
    assert_eq!(
        split(&figures_after.totals),
        (split(&figures_before.totals).0 - 1, split(&figures_before.totals).1 + 1),
        "the anonymised person moves from the followed people to the anonymous ones"
    );
    let comparable = |totals: &escale_core::stats::Totals| escale_core::stats::Totals {
        followed_people: 0,
        anonymous_people: 0,
        ..totals.clone()
    };
    assert_eq!(
        (comparable(&figures_after.totals), &figures_after.age_bands, &figures_after.genders, &figures_after.communes),
        (comparable(&figures_before.totals), &figures_before.age_bands, &figures_before.genders, &figures_before.communes),
        "every other figure of the statistics screen is the same before and after anonymisation"
    );
    assert_eq!(
        store.row_counts()["audit_event"],
        events_before,
        "one old event went and one 'anonymise' event came: the count is unchanged"
    );

    let person = store.beneficiary(&old).expect("the row stays");
    assert!(person.anonymous && person.first_name.is_empty(), "the due file is anonymised");
    assert!(
        store.activities_of_beneficiary(&old).expect("kept")[0].notes.is_empty(),
        "retention empties accompaniment notes like an erasure"
    );
    assert_eq!(
        store.audit_events_of(&old).expect("readable").last().map(|e| e.action.as_str()),
        Some("anonymise"),
        "the anonymisation is logged, distinct from an erasure on request"
    );
    for kept in [&recent, &followed] {
        assert!(!store.beneficiary(kept).expect("exists").anonymous, "a file in use is kept whole");
    }
    let again = store.apply_retention(today).expect("retention runs again");
    assert_eq!(again.anonymised, 0, "an anonymised file is not anonymised twice");
}

#[test]
fn the_window_applies_retention_at_its_first_opening_of_the_day_only() {
    let mut store = TestStore::new();
    let today = clock::today();
    let first = add_person(&mut store, "Gérard", "Lefèvre").id;
    accompaniment_on(&mut store, &first, today - Months::new(30));
    let report = escale_core::session::at_opening(&mut store).expect("retention runs at opening");
    assert_eq!(report.map(|report| report.anonymised), Some(1), "the first opening of the day applies retention");
    assert!(store.beneficiary(&first).expect("kept").anonymous, "the due file is anonymised");

    // A file recorded as 30 months old after the opening (an import of old files): the same
    // day, the next opening skips the scan, so it waits for the next day.
    let second = add_person(&mut store, "Fatima", "Haddad").id;
    accompaniment_on(&mut store, &second, today - Months::new(30));
    store.reopen();
    assert_eq!(
        escale_core::session::at_opening(&mut store).expect("the opening goes on").map(|report| report.anonymised),
        None,
        "the mark of today's run is on disk: the second opening of the day does not scan again"
    );
    assert!(!store.beneficiary(&second).expect("kept").anonymous, "so nothing changed on this second opening");
    let tomorrow = today + Days::new(1);
    let next_day = store.apply_retention_once_on(tomorrow).expect("retention runs");
    assert_eq!(next_day.map(|report| report.anonymised), Some(1), "the next day's first opening applies it");
    assert!(store.beneficiary(&second).expect("kept").anonymous, "and the waiting file is anonymised");

    // A shorter period applies at the next opening, even on a day retention already ran.
    let third = add_person(&mut store, "Олена", "Шевченко").id;
    accompaniment_on(&mut store, &third, today - Days::new(200));
    store.set_retention_months(6).expect("6 months is valid");
    let after_change = store.apply_retention_once_on(tomorrow).expect("retention runs");
    assert_eq!(
        after_change.map(|report| report.anonymised),
        Some(1),
        "changing the period clears the day's mark, so the new period is applied at once"
    );
    assert!(store.beneficiary(&third).expect("kept").anonymous, "an accompaniment 200 days old is due at 6 months");
}

#[test]
fn the_retention_period_is_a_checked_setting() {
    let mut store = TestStore::new();
    let rows = store.row_counts();
    for months in [0, 121] {
        assert_eq!(
            validation_error(store.set_retention_months(months)),
            ValidationError::RetentionOutOfRange { months: months.into(), min: 1, max: 120 },
            "{months} months is refused"
        );
    }
    assert_eq!(store.row_counts(), rows, "a refused setting writes nothing");
    assert_eq!(store.set_retention_months(6).expect("6 months is valid"), 6, "the new period is returned");
    store.reopen();
    assert_eq!(store.retention_months().expect("readable"), 6, "the period is stored, not held in memory");
    let setting_events = store.audit_events_of("retention_months").expect("readable");
    assert_eq!(setting_events.len(), 1, "changing the period is audited");
    assert_eq!(setting_events[0].beneficiary_id, None, "a setting belongs to nobody's file");

    let person = add_person(&mut store, "Gérard", "Lefèvre").id;
    accompaniment_on(&mut store, &person, clock::today() - Days::new(200));
    assert_eq!(
        store.retention_preview(clock::today()).expect("a preview").len(),
        1,
        "with 6 months, an accompaniment 200 days old is due"
    );
}

#[test]
fn consents_are_recorded_checked_withdrawn_and_audited() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Élodie", "N'Diaye").id;
    let today = clock::today();
    let input = ConsentInput {
        beneficiary_id: person.clone(),
        given_on: today - Days::new(7),
        method: ConsentMethod::Oral,
        purposes: vec![ConsentPurpose::ContactReminders, ConsentPurpose::FileFollowUp, ConsentPurpose::FileFollowUp],
    };

    let rows = store.row_counts();
    let refused = [
        (ConsentInput { purposes: vec![], ..input.clone() }, ValidationError::ConsentPurposeRequired),
        (
            ConsentInput { given_on: today + Days::new(1), ..input.clone() },
            ValidationError::DateInFuture((today + Days::new(1)).to_string()),
        ),
    ];
    for (refused, expected) in refused {
        assert_eq!(validation_error(store.record_consent(&refused)), expected, "{refused:?} is refused");
    }
    assert!(
        matches!(
            store.record_consent(&ConsentInput { beneficiary_id: "nobody".into(), ..input.clone() }),
            Err(CoreError::NotFound { entity: "beneficiary", .. })
        ),
        "a consent needs an existing person"
    );
    assert_eq!(store.row_counts(), rows, "refused consents write nothing, not even an audit event");

    let consent = store.record_consent(&input).expect("a valid consent");
    assert_eq!(
        consent.purposes,
        [ConsentPurpose::FileFollowUp, ConsentPurpose::ContactReminders],
        "purposes are stored once each, in the list's order"
    );
    assert_eq!(consent.withdrawn_on, None, "a new consent holds");
    assert_eq!(store.consents_of(&person).expect("listable"), [consent.clone()], "the person's consents list it");

    assert_eq!(
        validation_error(store.withdraw_consent(&consent.id, today - Days::new(8))),
        ValidationError::WithdrawalBeforeConsent,
        "a withdrawal cannot precede the consent"
    );
    let withdrawn = store.withdraw_consent(&consent.id, today).expect("a valid withdrawal");
    assert_eq!(withdrawn.withdrawn_on, Some(today), "the withdrawal is dated");
    assert_eq!(withdrawn.given_on, consent.given_on, "the consent itself is kept as proof");
    assert_eq!(
        validation_error(store.withdraw_consent(&consent.id, today)),
        ValidationError::ConsentAlreadyWithdrawn,
        "a consent is withdrawn once"
    );
    let actions: Vec<String> =
        store.audit_events_of(&consent.id).expect("readable").into_iter().map(|e| e.action).collect();
    assert_eq!(actions, ["create", "withdraw"], "recording and withdrawing are audited");

    let localizer = Localizer::new("fr");
    for id in [ConsentMethod::SignedForm.fluent_id(), ConsentPurpose::PartnerReferral.fluent_id()] {
        assert!(localizer.has_message(&id), "{id} has a French label for the form");
    }
}

#[test]
fn the_access_export_holds_everything_about_the_person_and_nobody_else() {
    let mut store = TestStore::new();
    let id = person_with_secrets(&mut store);
    let other = add_person(&mut store, "Gérard", "Lefèvre").id;
    store
        .record_activity(&ActivityInput {
            kind: ActivityKind::Workshop,
            place_type: PlaceType::Remote,
            themes: vec![Theme::DigitalSecurity],
            workshop_title: "Éviter les arnaques".into(),
            notes: "Gérard est parti avant la fin".into(),
            participants: vec![id.clone(), other.clone()],
            ..ActivityInput::individual("")
        })
        .expect("a valid workshop");
    store.record_file_view(&id).expect("the file is opened");

    let export = store.access_export(&id).expect("the export is made");
    assert_eq!(export.beneficiary.last_name, SECRETS.last_name, "identity is exported");
    assert_eq!(export.beneficiary.phone, SECRETS.phone, "contact is exported");
    assert_eq!(export.beneficiary.languages, ["en", "ti"], "languages are exported");
    assert_eq!(export.consents.len(), 1, "consents are exported");
    assert_eq!(export.accompaniments.len(), 2, "the accompaniment and the workshop are exported");
    let individual = export.accompaniments.iter().find(|a| a.kind == ActivityKind::Individual).expect("one");
    assert_eq!(individual.notes, SECRETS.accompaniment_notes, "the person's accompaniment notes are exported");
    assert_eq!(export.procedures[0].history.len(), 2, "procedures come with their status history");
    assert_eq!(export.procedures[0].history[1].note, SECRETS.status_note, "with the notes of each step");
    let actions: Vec<&str> = export.audit_events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions.first(), Some(&"export"), "the export itself is logged, newest first: {actions:?}");
    assert!(actions.contains(&"view"), "views of the file are exported: {actions:?}");
    assert!(actions.contains(&"status-change"), "events about their procedures are exported: {actions:?}");

    let json = serde_json::to_string(&export).expect("the export serializes");
    for foreign in ["Lefèvre", "Gérard", other.as_str()] {
        assert!(!json.contains(foreign), "another participant's data ({foreign}) is never in the export");
    }
    let back: escale_core::privacy::access::PersonalDataExport =
        serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(back, export, "the JSON file holds the whole export");

    // The person reads English: the readable copy is in English, with their values.
    let document = access_document_text(&export, &Localizer::new(&export.beneficiary.document_language));
    for expected in ["Your personal data in Escale", "Phone: 07 98 76 54 32", SECRETS.reference, "Signed form", "viewed"] {
        assert!(document.contains(expected), "the English document shows {expected:?}:\n{document}");
    }
    assert!(!document.contains("Lefèvre"), "the document names nobody else:\n{document}");
    let french = access_document_text(&export, &Localizer::new("fr"));
    assert!(french.contains("Téléphone : 07 98 76 54 32"), "French punctuation comes from Fluent:\n{french}");
    assert!(!french.contains("access-"), "no message id is left unfilled:\n{french}");
}

#[test]
fn the_audit_log_shows_views_and_changes_newest_first_by_page_and_by_person() {
    let mut store = TestStore::new();
    let elodie = add_person(&mut store, "Élodie", "N'Diaye").id;
    let gerard = add_person(&mut store, "Gérard", "Lefèvre").id;
    store.record_file_view(&elodie).expect("a view");
    let procedure = store
        .create_procedure(&ProcedureInput::new(&elodie, "caf_rsa"))
        .expect("a valid procedure");
    store.record_file_view(&gerard).expect("a view");
    assert!(
        matches!(store.record_file_view("nobody"), Err(CoreError::NotFound { .. })),
        "viewing an unknown file is an error, not a stray log line"
    );

    let everything = store.audit_log(&AuditFilter::default(), PageRequest { offset: 0, limit: 100 }).expect("readable");
    let summary: Vec<(String, String)> =
        everything.events.iter().map(|e| (e.action.clone(), e.entity_id.clone())).collect();
    assert_eq!(
        summary,
        [
            ("view".to_string(), gerard.clone()),
            ("create".to_string(), procedure.id.clone()),
            ("view".to_string(), elodie.clone()),
            ("create".to_string(), gerard.clone()),
            ("create".to_string(), elodie.clone()),
        ],
        "the log lists views and changes, newest first"
    );
    assert!(!everything.has_more, "five events fit in a page of 100");
    assert_eq!(everything.events[1].beneficiary_id.as_deref(), Some(elodie.as_str()), "a procedure event names its person's file");

    let first = store.audit_log(&AuditFilter::default(), PageRequest { offset: 0, limit: 2 }).expect("readable");
    let second = store.audit_log(&AuditFilter::default(), PageRequest { offset: 2, limit: 2 }).expect("readable");
    assert!(first.has_more && second.has_more, "pages of two leave more to read");
    assert_eq!(
        [first.events, second.events].concat(),
        everything.events[..4].to_vec(),
        "pages follow each other without gaps or repeats"
    );

    let hers = store
        .audit_log(&AuditFilter { beneficiary_id: Some(elodie.clone()) }, PageRequest::default())
        .expect("readable");
    assert_eq!(
        hers.events.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["create", "view", "create"],
        "one person's log has their file's events, their procedure's included, and nobody else's"
    );
    assert!(hers.events.iter().all(|e| e.beneficiary_id.as_deref() == Some(elodie.as_str())), "all about her");

    let french = Localizer::new("fr");
    for action in AuditAction::ALL {
        let id = format!("audit-action-{}", action.code());
        assert!(french.has_message(&id), "{id} has a label for the mediator's log screen");
    }
}
