//! The screen turned toward the person: only their own next steps, open procedures with the
//! documents still missing, and the dates coming up for them; nothing about anyone else.

use chrono::Days;
use escale_core::activity::ActivityInput;
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::clock;
use escale_core::i18n::Localizer;
use escale_core::people::person_view::{DateComing, NextStep};
use escale_core::procedure::{ProcedureDetails, ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::{ActivityKind, DocumentState, FollowUpReason, ProcedureStatus, Theme};
use escale_core::CoreError;

use crate::support::{TestStore, add_person, person};

fn with_next_steps(person: &str, days_ago: u64, next_steps: &str) -> ActivityInput {
    ActivityInput {
        date: clock::today() - Days::new(days_ago),
        themes: vec![Theme::Email],
        next_steps: next_steps.into(),
        ..ActivityInput::individual(person)
    }
}

fn audit_actions(store: &TestStore, id: &str) -> Vec<String> {
    store.audit_events_of(id).expect("the audit log reads").into_iter().map(|event| event.action).collect()
}

#[test]
fn the_view_holds_only_the_person_s_own_steps_procedures_and_dates() {
    let mut store = TestStore::new();
    let today = clock::today();
    let fatima = store
        .create_beneficiary(&BeneficiaryInput { document_language: "ar".into(), ..person("Fatima", "Benali") })
        .expect("a valid person");
    let samira = add_person(&mut store, "Samira", "Quelquun");

    // Her accompaniments: four with next steps (the three newest are shown), one without.
    for (days_ago, text) in [(40, "Créer le compte Ameli"), (30, "Apporter le RIB"), (20, ""), (10, "Appeler la CAF"), (2, "Apporter l’avis d’impôt")] {
        store.record_activity(&with_next_steps(&fatima.id, days_ago, text)).expect("a valid accompaniment");
    }
    // Samira's own, and a workshop with both: its next steps were written for a group.
    store.record_activity(&with_next_steps(&samira.id, 1, "Samira doit rappeler son bailleur")).expect("valid");
    store
        .record_activity(&ActivityInput {
            kind: ActivityKind::Workshop,
            workshop_title: "Éviter les arnaques".into(),
            participants: vec![fatima.id.clone(), samira.id.clone()],
            next_steps: "Le groupe revient jeudi avec Samira".into(),
            ..with_next_steps("", 0, "")
        })
        .expect("a valid workshop");

    // Her procedures: an RSA waiting for documents (two brought, one not needed), a closed CSS
    // whose renewal comes, a dropped one; Samira's with her reference and call-back.
    let rsa = store
        .create_procedure(&ProcedureInput {
            reference: "RSA-2027-001".into(),
            deadline: Some(today + Days::new(20)),
            call_back_on: Some(today + Days::new(5)),
            ..ProcedureInput::new(&fatima.id, "caf_rsa")
        })
        .expect("valid");
    store.set_procedure_status(&rsa.id, &StatusChangeInput::to(ProcedureStatus::WaitingForDocuments)).expect("allowed");
    store.set_procedure_document(&rsa.id, "piece_identite", DocumentState::Brought).expect("on the list");
    store.set_procedure_document(&rsa.id, "rib", DocumentState::Brought).expect("on the list");
    store.set_procedure_document(&rsa.id, "livret_famille", DocumentState::NotNeeded).expect("on the list");
    let css = store
        .create_procedure(&ProcedureInput {
            status: ProcedureStatus::Accepted,
            started_on: Some(today - Days::new(300)),
            deadline: Some(today + Days::new(1)),
            ..ProcedureInput::new(&fatima.id, "ameli_complementaire_sante_solidaire")
        })
        .expect("a right she already has");
    let dropped = store.create_procedure(&ProcedureInput::new(&fatima.id, "ants_passeport")).expect("valid");
    store.set_procedure_status(&dropped.id, &StatusChangeInput::to(ProcedureStatus::Dropped)).expect("allowed");
    let hers_passed = store
        .create_procedure(&ProcedureInput { deadline: Some(today - Days::new(3)), ..ProcedureInput::new(&fatima.id, "cheque_energie") })
        .expect("valid");
    store
        .create_procedure(&ProcedureInput {
            reference: "SAMIRA-REF-77".into(),
            deadline: Some(today + Days::new(2)),
            call_back_on: Some(today),
            ..ProcedureInput::new(&samira.id, "caf_aah")
        })
        .expect("valid");

    let view = store.person_view(&fatima.id, today).expect("her view");
    assert_eq!((view.language.as_str(), view.right_to_left), ("ar", true), "in her document language, mirrored");
    assert_eq!((view.first_name.as_str(), view.anonymous), ("Fatima", false), "greeted by her first name");
    assert_eq!(
        view.next_steps,
        [
            NextStep { written_on: today - Days::new(2), text: "Apporter l’avis d’impôt".into() },
            NextStep { written_on: today - Days::new(10), text: "Appeler la CAF".into() },
            NextStep { written_on: today - Days::new(30), text: "Apporter le RIB".into() },
        ],
        "her three latest next steps, newest first; empty ones, older ones and the workshop's are left out"
    );

    let kinds: Vec<&str> = view.procedures.iter().map(|procedure| procedure.kind.as_str()).collect();
    assert_eq!(
        kinds,
        ["cheque_energie", "caf_rsa"],
        "her open procedures only, soonest deadline first, a passed one included (closed ones are done)"
    );
    let rsa_shown = &view.procedures[1];
    assert_eq!(rsa_shown.status, ProcedureStatus::WaitingForDocuments, "where it stands");
    assert_eq!(rsa_shown.reference, "RSA-2027-001", "her file number, to give when she calls");
    assert_eq!(
        rsa_shown.missing_documents,
        ["justificatif_domicile", "avis_imposition", "justificatifs_ressources", "attestation_droits_assurance_maladie"],
        "the documents still missing, in the checklist's order: not those brought, nor the one not needed"
    );
    assert_eq!(view.procedures[0].missing_documents, ["avis_imposition", "identifiants_compte"], "a new procedure misses all");

    let renewal = css.renewal_on.expect("an accepted CSS is renewed a year later");
    assert!(renewal > today, "the renewal is to come: {renewal}");
    assert_eq!(
        view.dates,
        [
            DateComing { on: today + Days::new(5), reason: FollowUpReason::CallBack, kind: "caf_rsa".into(), custom_kind_label: None },
            DateComing { on: today + Days::new(20), reason: FollowUpReason::Deadline, kind: "caf_rsa".into(), custom_kind_label: None },
            DateComing {
                on: renewal,
                reason: FollowUpReason::Renewal,
                kind: "ameli_complementaire_sante_solidaire".into(),
                custom_kind_label: None
            },
        ],
        "her dates to come, soonest first: not the closed procedure's deadline, not a passed one ({}), not Samira's",
        hers_passed.deadline.expect("set")
    );

    // Nothing in the whole value names or identifies anyone else, nor carries an identifier.
    let everything = serde_json::to_string(&view).expect("the view serializes");
    for foreign in ["Samira", "Quelquun", "SAMIRA-REF-77", "bailleur", "groupe", "caf_aah", samira.id.as_str()] {
        assert!(!everything.contains(foreign), "{foreign:?} is someone else's: {everything}");
    }
    for own_id in [fatima.id.as_str(), rsa.id.as_str(), css.id.as_str()] {
        assert!(!everything.contains(own_id), "no identifier at all reaches the screen turned toward her: {everything}");
    }
    assert_eq!(audit_actions(&store, &fatima.id).last().map(String::as_str), Some("view"), "showing her view is a view of her file");
}

#[test]
fn an_anonymous_person_is_shown_in_french_without_a_name_and_a_merged_one_is_not_found() {
    let mut store = TestStore::new();
    let today = clock::today();
    let anonymous = store.create_anonymous_beneficiary(false).expect("an anonymous person");
    store.record_activity(&with_next_steps(&anonymous.id, 1, "Revenir avec le courrier")).expect("valid");
    let view = store.person_view(&anonymous.id, today).expect("an anonymous person has a view too");
    assert_eq!((view.anonymous, view.first_name.as_str()), (true, ""), "no name to greet");
    assert_eq!(view.language, "fr", "no document language recorded: French");
    assert_eq!(view.next_steps.len(), 1, "their next steps are still theirs");
    assert!(view.procedures.is_empty() && view.dates.is_empty(), "nothing else recorded");

    // A file merged into another is a tombstone: its view is not found (the kept file has it all).
    let kept = add_person(&mut store, "Olena", "Shevchenko");
    let merged = add_person(&mut store, "Olena", "Chevtchenko");
    store.merge_beneficiaries(&kept.id, &merged.id).expect("a merge");
    let refused = store.person_view(&merged.id, today).expect_err("a deleted file has no view");
    assert!(matches!(refused, CoreError::NotFound { entity: "beneficiary", .. }), "not found: {refused:?}");
    assert!(store.person_view("no-such-person", today).is_err(), "nor has an unknown id");
}

#[test]
fn an_erased_person_s_view_keeps_no_next_step_and_a_later_day_drops_passed_dates() {
    let mut store = TestStore::new();
    let today = clock::today();
    let person = store
        .create_beneficiary(&BeneficiaryInput { document_language: "uk".into(), ..person("Olena", "Shevchenko") })
        .expect("valid");
    store.record_activity(&with_next_steps(&person.id, 3, "Принести паспорт")).expect("valid");
    let procedure = store.create_procedure(&ProcedureInput::new(&person.id, "caf_aah")).expect("valid");
    store
        .update_procedure(&procedure.id, &ProcedureDetails { deadline: Some(today + Days::new(4)), ..ProcedureDetails::default() })
        .expect("a deadline");
    assert_eq!(store.person_view(&person.id, today + Days::new(4)).expect("view").dates.len(), 1, "the deadline day itself still shows");
    assert!(store.person_view(&person.id, today + Days::new(5)).expect("view").dates.is_empty(), "a passed deadline is not coming");

    store.erase_beneficiary(&person.id).expect("erased at her request");
    let view = store.person_view(&person.id, today).expect("the anonymous file left has a view");
    assert_eq!((view.anonymous, view.first_name.as_str(), view.language.as_str()), (true, "", "fr"), "no name, no language kept");
    assert!(view.next_steps.is_empty(), "an erasure empties her next steps: {:?}", view.next_steps);
    assert_eq!(view.procedures.len(), 1, "the procedure is kept, with its kind and status, for the statistics");
}

#[test]
fn the_view_as_text_is_in_the_person_s_language_with_every_block() {
    let mut store = TestStore::new();
    let today = clock::today();
    for language in ["fr", "en", "ar", "fa", "ps", "ti", "uk", "ru", "ro", "tr", "es", "pt"] {
        let someone = store
            .create_beneficiary(&BeneficiaryInput { document_language: language.into(), ..person("Amina", language) })
            .expect("valid");
        store.record_activity(&with_next_steps(&someone.id, 1, "Apporter le RIB")).expect("valid");
        store
            .create_procedure(&ProcedureInput { deadline: Some(today + Days::new(3)), ..ProcedureInput::new(&someone.id, "caf_rsa") })
            .expect("valid");
        let view = store.person_view(&someone.id, today).expect("view");
        assert_eq!(view.language, language, "the view is in the document language");
        let localizer = Localizer::new(&view.language);
        assert_eq!(localizer.language(), language, "{language} has the view's messages");
        let text = view.text(&localizer);
        for id in ["person-view-next-steps", "person-view-procedures", "person-view-dates"] {
            assert!(text.contains(&localizer.text(id)), "{language}: the block {id} is there: {text}");
        }
        for missing in ["person-view-", "procedure-kind-", "procedure-document-"] {
            assert!(!text.contains(missing), "{language}: every message is found ({missing}…): {text}");
        }
        let deadline = localizer.date(today + Days::new(3));
        assert!(text.contains("Apporter le RIB") && text.contains(&deadline), "{language}: the step and the date {deadline:?}: {text}");
        if language != "fr" {
            let french = view.text(&Localizer::new("fr"));
            assert_ne!(text.lines().next(), french.lines().next(), "{language}: the title is translated, not French");
        }
    }
}
