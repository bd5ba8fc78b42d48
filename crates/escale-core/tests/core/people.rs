//! A person's file: correcting and deleting accompaniments (with undo), the timeline, likely
//! duplicates, and merging two records of the same person (with undo).

use escale_core::activity::ActivityInput;
use escale_core::audit::PageRequest;
use escale_core::beneficiary::{Beneficiary, BeneficiaryInput};
use escale_core::clock;
use escale_core::people::timeline::TimelineEvent;
use escale_core::privacy::consent::ConsentInput;
use escale_core::procedure::{ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::{ActivityKind, ConsentMethod, ConsentPurpose, Gender, ProcedureStatus, Theme};
use escale_core::{CoreError, Store, ValidationError};

use crate::support::{TestStore, add_person, everyone, person, validation_errors};

fn accompaniment(person: &str, days_ago: u64, theme: Theme) -> ActivityInput {
    ActivityInput {
        date: clock::today() - chrono::Days::new(days_ago),
        themes: vec![theme],
        ..ActivityInput::individual(person)
    }
}

fn workshop(participants: &[&str], days_ago: u64) -> ActivityInput {
    ActivityInput {
        kind: ActivityKind::Workshop,
        date: clock::today() - chrono::Days::new(days_ago),
        themes: vec![Theme::DigitalSecurity],
        workshop_title: "Éviter les arnaques".into(),
        participants: participants.iter().map(|id| id.to_string()).collect(),
        ..ActivityInput::individual("")
    }
}

fn audit_actions(store: &Store, id: &str) -> Vec<String> {
    store.audit_events_of(id).expect("the audit log reads").into_iter().map(|event| event.action).collect()
}

fn listed_count(store: &Store, id: &str) -> u32 {
    everyone(store).into_iter().find(|line| line.id == id).expect("the person is listed").activity_count
}

#[test]
fn an_accompaniment_is_corrected_deleted_and_restored_and_each_step_is_audited() {
    let mut store = TestStore::new();
    let jeanne = add_person(&mut store, "Jeanne", "Martin");
    let recorded = store.record_activity(&accompaniment(&jeanne.id, 2, Theme::Email)).expect("a valid accompaniment");

    let corrected = ActivityInput { duration_minutes: 45, notes: "Compte Ameli créé".into(), ..accompaniment(&jeanne.id, 3, Theme::Email) };
    let after = store.update_activity(&recorded.id, &corrected).expect("a valid correction");
    assert_eq!(
        (after.duration_minutes, after.notes.as_str(), after.date),
        (45, "Compte Ameli créé", corrected.date),
        "the correction replaces what was recorded"
    );

    let rows = store.row_counts();
    let refused = ActivityInput { duration_minutes: 0, themes: Vec::new(), ..corrected.clone() };
    let errors = validation_errors(store.update_activity(&recorded.id, &refused));
    assert_eq!(errors.len(), 2, "a refused correction lists the duration and the themes at once: {errors:?}");
    assert_eq!(store.row_counts(), rows, "a refused correction changes nothing");

    assert_eq!(listed_count(&store, &jeanne.id), 1, "one accompaniment before the deletion");
    let deleted = store.delete_activity(&recorded.id).expect("an accompaniment is deleted");
    assert!(
        matches!(store.activity(&recorded.id), Err(CoreError::NotFound { .. })),
        "a deleted accompaniment is no longer read"
    );
    assert!(store.activities_of_beneficiary(&jeanne.id).expect("the file reads").is_empty(), "nor shown in the file");
    assert_eq!(listed_count(&store, &jeanne.id), 0, "nor counted in the list");
    assert_eq!(
        store.deleted_activities_of_beneficiary(&jeanne.id).expect("deleted ones are listed"),
        [deleted.clone()],
        "the person's file offers to bring it back"
    );
    assert!(
        matches!(store.delete_activity(&recorded.id), Err(CoreError::NotFound { .. })),
        "a deleted accompaniment cannot be deleted again"
    );

    let restored = store.restore_activity(&recorded.id).expect("a deletion is undone");
    assert_eq!(
        escale_core::activity::Activity { updated_at: after.updated_at.clone(), ..restored },
        after,
        "the accompaniment comes back exactly as it was (only its time of change moves)"
    );
    store.restore_activity(&recorded.id).expect("undoing twice (a double click) is harmless");
    assert_eq!(listed_count(&store, &jeanne.id), 1, "it counts again");
    assert!(store.deleted_activities_of_beneficiary(&jeanne.id).expect("reads").is_empty(), "and is no longer offered");
    assert_eq!(
        audit_actions(&store, &recorded.id),
        ["create", "update", "delete", "restore"],
        "each step is in the audit log, once"
    );
}

#[test]
fn a_workshop_correction_takes_a_participant_off_and_puts_them_back() {
    let mut store = TestStore::new();
    let a = add_person(&mut store, "Awa", "Diallo");
    let b = add_person(&mut store, "Bruno", "Petit");
    let recorded = store.record_activity(&workshop(&[&a.id, &b.id], 1)).expect("a workshop of two");
    let without_b = store.update_activity(&recorded.id, &workshop(&[&a.id], 1)).expect("one participant fewer");
    assert_eq!(without_b.participants.len(), 1, "Bruno is taken off the workshop");
    assert_eq!(listed_count(&store, &b.id), 0, "and it no longer counts for him");
    let with_b = store.update_activity(&recorded.id, &workshop(&[&a.id, &b.id], 1)).expect("Bruno back");
    assert_eq!(with_b.participants, recorded.participants, "his row comes back as it was (first accompaniment kept)");
}

#[test]
fn the_timeline_lists_accompaniments_workshops_and_procedure_steps_newest_first_by_page() {
    let mut store = TestStore::new();
    let jeanne = add_person(&mut store, "Jeanne", "Martin");
    let other = add_person(&mut store, "Awa", "Diallo");
    store.record_activity(&accompaniment(&jeanne.id, 10, Theme::Email)).expect("an old accompaniment");
    let group = store.record_activity(&workshop(&[&jeanne.id, &other.id], 5)).expect("a workshop");
    store.record_activity(&accompaniment(&other.id, 1, Theme::Email)).expect("someone else's");
    let procedure = store
        .create_procedure(&ProcedureInput {
            started_on: Some(clock::today() - chrono::Days::new(3)),
            ..ProcedureInput::new(&jeanne.id, "caf_aide_logement")
        })
        .expect("a procedure");
    store
        .set_procedure_status(&procedure.id, &StatusChangeInput::to(ProcedureStatus::Submitted).with_note("Dossier déposé"))
        .expect("submitted today");

    let timeline = store.person_timeline(&jeanne.id, PageRequest { offset: 0, limit: 10 }).expect("the timeline reads");
    let days: Vec<i64> = timeline.entries.iter().map(|entry| (clock::today() - entry.on).num_days()).collect();
    assert_eq!(days, [0, 3, 5, 10], "the submission, the start, the workshop, the first accompaniment: newest first");
    assert!(!timeline.has_more, "four entries fit a page of ten");
    match &timeline.entries[0].event {
        TimelineEvent::ProcedureStep(step) => {
            assert_eq!((step.status, step.note.as_str()), (ProcedureStatus::Submitted, "Dossier déposé"), "the latest step")
        }
        other => panic!("the newest entry is the procedure's submission, got {other:?}"),
    }
    match &timeline.entries[2].event {
        TimelineEvent::Activity(activity) => {
            assert_eq!(activity.id, group.id, "the workshop appears in each participant's file");
            assert_eq!(activity.participant_count, 2, "with everyone who took part");
        }
        other => panic!("the third entry is the workshop, got {other:?}"),
    }

    let first_page = store.person_timeline(&jeanne.id, PageRequest { offset: 0, limit: 3 }).expect("a short page");
    let second_page = store.person_timeline(&jeanne.id, PageRequest { offset: 3, limit: 3 }).expect("the next page");
    assert!(first_page.has_more && !second_page.has_more, "the first page says more follows, the last does not");
    assert_eq!(
        [first_page.entries, second_page.entries].concat(),
        timeline.entries,
        "two pages give the same entries as one"
    );
}

#[test]
fn a_likely_duplicate_has_the_same_folded_name_and_birth_year() {
    let mut store = TestStore::new();
    let elodie = store
        .create_beneficiary(&BeneficiaryInput { birth_year: Some(1961), ..person("Élodie", "Le Goff") })
        .expect("a person");
    store.create_beneficiary(&BeneficiaryInput { birth_year: Some(1990), ..person("Élodie", "Le Goff") }).expect("her niece");

    let typed = BeneficiaryInput { birth_year: Some(1961), ..person("LE GOFF", "elodie") };
    let found: Vec<String> = store.likely_duplicates(&typed, None).expect("reads").into_iter().map(|line| line.id).collect();
    assert_eq!(found, [elodie.id.clone()], "case, accents and swapped names do not hide her; another birth year does");
    assert!(
        store.likely_duplicates(&typed, Some(&elodie.id)).expect("reads").is_empty(),
        "editing her own record does not point at herself"
    );
    let hyphenated = store
        .create_beneficiary(&BeneficiaryInput { birth_year: Some(1958), ..person("Fatoumata", "Kourouma-Sylla") })
        .expect("a person with a double name");
    let spaced = BeneficiaryInput { birth_year: Some(1958), ..person("FATOUMATA", "kourouma sylla") };
    let found: Vec<String> = store.likely_duplicates(&spaced, None).expect("reads").into_iter().map(|line| line.id).collect();
    assert_eq!(found, [hyphenated.id], "a double name typed with a space instead of a hyphen is the same name");
    let different = BeneficiaryInput { birth_year: Some(1961), ..person("Élodie", "Le Goffic") };
    assert!(store.likely_duplicates(&different, None).expect("reads").is_empty(), "a longer name is someone else");
}

fn without_times(mut person: Beneficiary) -> Beneficiary {
    person.updated_at.clear();
    person
}

#[test]
fn undoing_a_merge_keeps_what_was_corrected_in_the_kept_record_since() {
    let mut store = TestStore::new();
    let kept = store.create_beneficiary(&person("Fatou", "Diop")).expect("the record kept");
    let other = store
        .create_beneficiary(&BeneficiaryInput {
            phone: "06 12 34 56 78".into(),
            notes: "Préfère être appelée le matin".into(),
            ..person("Fatou", "DIOP")
        })
        .expect("the duplicate");
    let merge = store.merge_beneficiaries(&kept.id, &other.id).expect("the merge");
    // A week later the phone number taken from the duplicate is corrected, and her birth year
    // (known to neither record) is added.
    let mut corrected = BeneficiaryInput::from(&store.beneficiary(&kept.id).expect("reads"));
    corrected.phone = "07 98 76 54 32".into();
    corrected.birth_year = Some(1961);
    store.update_beneficiary(&kept.id, &corrected).expect("the correction");

    store.undo_merge(&merge.id).expect("the undo");
    let after = store.beneficiary(&kept.id).expect("reads");
    assert_eq!(after.phone, "07 98 76 54 32", "the phone corrected since the merge keeps its correction");
    assert_eq!(after.birth_year, Some(1961), "so does the birth year added since");
    assert_eq!(after.notes, "", "the notes the merge took from the duplicate, untouched since, go back to the duplicate");
    assert_eq!(store.beneficiary(&other.id).expect("back").notes, "Préfère être appelée le matin", "where they came from");
}

#[test]
fn a_merge_keeps_everything_of_both_records_and_its_undo_restores_both_exactly() {
    let mut store = TestStore::new();
    let kept = store
        .create_beneficiary(&BeneficiaryInput { birth_year: Some(1958), languages: vec!["fr".into()], ..person("Fatou", "Diop") })
        .expect("the record kept");
    let other = store
        .create_beneficiary(&BeneficiaryInput {
            phone: "06 12 34 56 78".into(),
            gender: Gender::Female,
            languages: vec!["wo".into()],
            notes: "Préfère être appelée le matin".into(),
            ..person("Fatou", "DIOP")
        })
        .expect("the duplicate");
    store.record_activity(&accompaniment(&kept.id, 9, Theme::Email)).expect("kept's accompaniment");
    store.record_activity(&accompaniment(&other.id, 4, Theme::Email)).expect("the duplicate's accompaniment");
    let shared = store.record_activity(&workshop(&[&kept.id, &other.id], 2)).expect("a workshop with both records");
    let procedure = store.create_procedure(&ProcedureInput::new(&other.id, "caf_aide_logement")).expect("a procedure");
    store
        .record_consent(&ConsentInput {
            beneficiary_id: other.id.clone(),
            given_on: clock::today(),
            method: ConsentMethod::Oral,
            purposes: vec![ConsentPurpose::FileFollowUp],
        })
        .expect("a consent");
    let kept_before = store.beneficiary(&kept.id).expect("reads");
    let other_before = store.beneficiary(&other.id).expect("reads");
    let kept_timeline = store.person_timeline(&kept.id, PageRequest::default()).expect("reads").entries;
    let other_timeline = store.person_timeline(&other.id, PageRequest::default()).expect("reads").entries;

    let preview = store.merge_preview(&kept.id, &other.id).expect("a preview");
    assert_eq!(
        preview.fields_taken,
        ["phone", "gender", "languages", "notes"],
        "the kept record takes what it lacks, and keeps what it has"
    );
    assert_eq!(
        (preview.accompaniments_moved, preview.procedures_moved, preview.consents_moved),
        (2, 1, 1),
        "the preview counts what moves"
    );
    let rows = store.row_counts();
    let merge = store.merge_beneficiaries(&kept.id, &other.id).expect("the merge");
    let merged = store.beneficiary(&kept.id).expect("the kept record");
    assert_eq!(
        (merged.phone.as_str(), merged.languages.clone(), merged.birth_year),
        ("06 12 34 56 78", vec!["fr".to_string(), "wo".to_string()], Some(1958)),
        "the merged record is what the preview showed"
    );
    assert_eq!(BeneficiaryInput::from(&merged), preview.result, "exactly what the preview showed");
    assert!(matches!(store.beneficiary(&other.id), Err(CoreError::NotFound { .. })), "the duplicate is gone from view");
    assert_eq!(everyone(&store).len(), 1, "the list shows one Fatou Diop");
    assert_eq!(listed_count(&store, &kept.id), 3, "her three activities, the shared workshop once");
    assert_eq!(store.procedures(Some(&kept.id)).expect("reads")[0].id, procedure.id, "the procedure moved");
    assert_eq!(store.consents_of(&kept.id).expect("reads").len(), 1, "the consent moved");
    assert_eq!(store.activity(&shared.id).expect("reads").participants.len(), 1, "the workshop counts her once");
    assert_eq!(store.merges_into(&kept.id).expect("reads"), [merge.clone()], "the file offers to undo the merge");
    assert_eq!(audit_actions(&store, &kept.id).last().map(String::as_str), Some("merge"), "the merge is audited");

    let undone = store.undo_merge(&merge.id).expect("the undo");
    assert!(undone.undone_at.is_some(), "the merge is marked undone");
    assert_eq!(without_times(store.beneficiary(&kept.id).expect("reads")), without_times(kept_before), "the kept record is as before");
    assert_eq!(without_times(store.beneficiary(&other.id).expect("reads")), without_times(other_before), "the duplicate is back whole");
    assert_eq!(store.person_timeline(&kept.id, PageRequest::default()).expect("reads").entries, kept_timeline, "her timeline as before");
    assert_eq!(store.person_timeline(&other.id, PageRequest::default()).expect("reads").entries, other_timeline, "and the duplicate's");
    assert_eq!(store.activity(&shared.id).expect("reads").participants.len(), 2, "the workshop has both records again");
    assert!(store.merges_into(&kept.id).expect("reads").is_empty(), "an undone merge is not offered again");
    store.undo_merge(&merge.id).expect("undoing twice is harmless");
    // The audit log and the merge's own record grow; the full-text index's internal segments
    // are rewritten (the same people are indexed, as the timelines and the list above show).
    let kept_tables = |counts: std::collections::BTreeMap<String, i64>| {
        counts
            .into_iter()
            .filter(|(table, _)| !matches!(table.as_str(), "audit_event" | "beneficiary_merge") && !table.starts_with("beneficiary_name_index"))
            .collect::<Vec<_>>()
    };
    assert_eq!(kept_tables(store.row_counts()), kept_tables(rows), "no row was created or lost by the merge and its undo");
    assert_eq!(
        store.search_beneficiaries("diop", 10).expect("search").len(),
        2,
        "both records are found by name again"
    );
}

#[test]
fn a_record_is_not_merged_into_itself_and_an_erasure_forgets_the_merged_record() {
    let mut store = TestStore::new();
    let kept = add_person(&mut store, "Fatou", "Diop");
    assert_eq!(
        validation_errors(store.merge_preview(&kept.id, &kept.id)),
        [ValidationError::MergeWithItself],
        "a record cannot be its own duplicate"
    );
    let other = store
        .create_beneficiary(&BeneficiaryInput { phone: "0612345678".into(), ..person("Fatou", "Diop") })
        .expect("a duplicate");
    let merge = store.merge_beneficiaries(&kept.id, &other.id).expect("the merge");
    store.erase_beneficiary(&kept.id).expect("the person asks for erasure");
    assert!(
        matches!(store.undo_merge(&merge.id), Err(CoreError::NotFound { .. })),
        "after an erasure no undo can bring her name back"
    );
    let names: Vec<(String, String, String)> = store
        .raw()
        .prepare("SELECT first_name, last_name, phone FROM beneficiary")
        .expect("prepares")
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .expect("reads")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(
        names.iter().all(|(first, last, phone)| first.is_empty() && last.is_empty() && phone.is_empty()),
        "neither record keeps her name or phone: {names:?}"
    );
}
