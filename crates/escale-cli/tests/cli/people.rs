//! A person's file from the command line: correcting, deleting and restoring an accompaniment,
//! the timeline, a likely duplicate pointed out, and a merge undone.

use crate::support::{Cli, array, text};

#[test]
fn an_accompaniment_is_corrected_deleted_and_restored() {
    let cli = Cli::initialised();
    let person = cli.run(&["beneficiary", "add", "--first-name", "Josiane", "--last-name", "Mercier", "--json"]).json();
    let person_id = text(&person, "/id").to_string();
    let recorded = cli
        .run(&["activity", "add", "--beneficiary", &person_id, "--place-type", "a_distance", "--theme", "email", "--json"])
        .json();
    let id = text(&recorded, "/id").to_string();

    let corrected = cli.run(&["activity", "edit", &id, "--duration", "50", "--notes", "Compte créé", "--json"]).json();
    assert_eq!(corrected["durationMinutes"], 50, "the duration given changes");
    assert_eq!(text(&corrected, "/themes/0"), "email", "what was not given stays as recorded");

    let deleted = cli.run(&["activity", "delete", &id]);
    assert_eq!(deleted.code, 0, "the deletion succeeds; {}", deleted.describe());
    assert!(
        deleted.stdout.contains(&format!("escale activity restore {id}")),
        "the deletion says how to undo it; got {:?}",
        deleted.stdout
    );
    let listed = cli.run(&["activity", "list", "--beneficiary", &person_id, "--json"]).json();
    assert!(array(&listed, "").is_empty(), "a deleted accompaniment is not listed");
    let again = cli.run(&["activity", "delete", &id]).failure();
    assert!(!again.is_empty(), "deleting twice is refused with a message");

    let restored = cli.run(&["activity", "restore", &id, "--json"]).json();
    assert_eq!(restored["durationMinutes"], 50, "the restored accompaniment is the corrected one");
    let listed = cli.run(&["activity", "list", "--beneficiary", &person_id, "--json"]).json();
    assert_eq!(array(&listed, "").len(), 1, "it is listed again");
}

#[test]
fn a_duplicate_is_pointed_out_merged_and_the_merge_undone() {
    let cli = Cli::initialised();
    let kept = cli
        .run(&["beneficiary", "add", "--first-name", "Fatou", "--last-name", "Diop", "--birth-year", "1958", "--json"])
        .json();
    let kept_id = text(&kept, "/id").to_string();
    let twin = cli.run(&[
        "beneficiary", "add", "--first-name", "FATOU", "--last-name", "diop", "--birth-year", "1958",
        "--phone", "0612345678", "--json",
    ]);
    assert!(
        twin.stderr.contains(&kept_id),
        "adding the same name and birth year points at the existing file; stderr: {:?}",
        twin.stderr
    );
    let twin_id = text(&twin.json(), "/id").to_string();
    cli.run(&["activity", "add", "--beneficiary", &twin_id, "--place-type", "a_distance", "--theme", "email", "--json"])
        .json();

    let preview = cli.run(&["beneficiary", "merge", &kept_id, &twin_id, "--json"]).json();
    assert_eq!(preview["accompanimentsMoved"], 1, "the preview counts the accompaniment that moves");
    let people = cli.run(&["beneficiary", "list", "--json"]).json();
    assert_eq!(array(&people, "").len(), 2, "a preview merges nothing");

    let merge = cli.run(&["beneficiary", "merge", &kept_id, &twin_id, "--yes", "--json"]).json();
    let people = cli.run(&["beneficiary", "list", "--json"]).json();
    assert_eq!(array(&people, "").len(), 1, "after the merge one Fatou Diop is listed");
    let timeline = cli.run(&["beneficiary", "timeline", &kept_id, "--json"]).json();
    assert_eq!(array(&timeline, "/entries").len(), 1, "the duplicate's accompaniment is in the kept file's timeline");

    cli.run(&["beneficiary", "unmerge", text(&merge, "/id"), "--json"]).json();
    let people = cli.run(&["beneficiary", "list", "--json"]).json();
    assert_eq!(array(&people, "").len(), 2, "the undo brings the second file back");
    let timeline = cli.run(&["beneficiary", "timeline", &kept_id, "--json"]).json();
    assert!(array(&timeline, "/entries").is_empty(), "and its accompaniment goes back with it");
}

#[test]
fn the_view_turned_toward_a_person_prints_only_her_blocks_in_her_language() {
    let cli = Cli::initialised();
    let amina = cli
        .run(&["beneficiary", "add", "--first-name", "Amina", "--last-name", "Haddad", "--document-language", "ar", "--json"])
        .json();
    let amina_id = text(&amina, "/id").to_string();
    let other = cli.run(&["beneficiary", "add", "--first-name", "Josiane", "--last-name", "Mercier", "--json"]).json();
    let other_id = text(&other, "/id").to_string();
    let activity = cli
        .run(&["activity", "add", "--beneficiary", &amina_id, "--place-type", "a_distance", "--theme", "email", "--json"])
        .json();
    cli.run(&["activity", "edit", text(&activity, "/id"), "--next-steps", "Apporter le RIB", "--json"]).json();
    cli.run(&["procedure", "start", "--beneficiary", &amina_id, "--kind", "caf_rsa", "--deadline", "2099-03-12", "--json"]).json();
    cli.run(&["procedure", "start", "--beneficiary", &other_id, "--kind", "caf_aah", "--reference", "JOSIANE-1", "--json"]).json();

    // The mediator's CLI is in French; her view prints in Arabic, whatever --lang says.
    let shown = cli.run(&["--lang", "fr", "person", "view", &amina_id]);
    assert_eq!(shown.code, 0, "{}", shown.describe());
    let deadline = escale_core::i18n::Localizer::new("ar").date(chrono::NaiveDate::from_ymd_opt(2099, 3, 12).expect("a day"));
    for expected in ["Amina", "خطواتك القادمة", "ما يجب فعله", "Apporter le RIB", "معاملاتك الجارية", deadline.as_str()] {
        assert!(shown.stdout.contains(expected), "her view shows {expected:?}: {}", shown.stdout);
    }
    for foreign in ["Josiane", "Mercier", "JOSIANE-1", "Haddad", &amina_id, &other_id] {
        assert!(!shown.stdout.contains(foreign), "nothing of anyone else, and no identifier: {foreign:?} in {}", shown.stdout);
    }
    let json = cli.run(&["person", "view", &amina_id, "--json"]).json();
    assert_eq!(json["language"], "ar", "the JSON says which language it is in: {json}");
    assert_eq!(array(&json, "/procedures/0/missingDocuments").len(), 7, "every document of the RSA is still missing: {json}");
    let refused = cli.run(&["person", "view", "no-such-person"]).failure();
    assert!(!refused.is_empty(), "an unknown person is refused with a message");
}
