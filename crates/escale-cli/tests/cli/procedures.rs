//! Procedures followed over weeks from the command line: the catalogue, a procedure through its
//! statuses with its checklist, a reopening, and the follow-up list.

use serde_json::Value;

use crate::support::{Cli, array, text};

/// A day relative to the one `follow-up --on` is asked about, far from the real clock so the
/// test does not depend on it.
const DAY: &str = "2031-03-10";

#[test]
fn the_catalogue_lists_adds_and_hides_procedures() {
    let cli = Cli::initialised();
    let listed = cli.run(&["catalogue", "list", "--json"]).json();
    let ids: Vec<&str> = array(&listed, "").iter().map(|entry| text(entry, "/id")).collect();
    assert!(ids.len() >= 40, "at least 40 procedures are offered, got {}", ids.len());
    assert!(ids.contains(&"caf_rsa"), "RSA is offered");
    assert!(!ids.contains(&"anef_titre_sejour"), "a retired entry is not offered: {ids:?}");

    let human = cli.run(&["catalogue", "list"]);
    assert_eq!(human.code, 0, "{}", human.describe());
    assert!(
        human.stdout.contains("Complémentaire santé solidaire") && human.stdout.contains("Social - Santé"),
        "labels and themes come from Fluent, in French by default: {}",
        human.stdout
    );

    let own = cli
        .run(&["catalogue", "add", "--label", "Aide au permis de la Région", "--theme", "transports_mobilite",
               "--organisation", "departement", "--document", "piece_identite", "--delay", "30", "--json"])
        .json();
    assert_eq!(text(&own, "/customLabel"), "Aide au permis de la Région", "the structure's entry keeps its label");
    assert_eq!(text(&own, "/organisation"), "departement", "and who handles it, as an organisation of the catalogue");
    let refused = cli.run(&["catalogue", "add", "--label", "Atelier", "--theme", "email"]).failure();
    assert!(refused.contains("thématique administrative"), "a non-administrative theme is refused in French: {refused:?}");

    let hidden = cli.run(&["catalogue", "hide", "caf_aah", "--json"]).json();
    assert_eq!(hidden["hidden"], Value::Bool(true), "hide marks the entry hidden");
    let listed = cli.run(&["catalogue", "list", "--json"]).json();
    let offered: Vec<&str> = array(&listed, "").iter().map(|entry| text(entry, "/id")).collect();
    assert!(!offered.contains(&"caf_aah"), "a hidden entry is not offered any more");
    assert!(offered.contains(&text(&own, "/id")), "the structure's own entry is offered");
}

#[test]
fn a_procedure_moves_along_the_table_with_its_checklist_and_shows_in_the_follow_up() {
    let cli = Cli::initialised();
    let person = cli.run(&["beneficiary", "add", "--first-name", "Moussa", "--last-name", "Traoré", "--json"]).json();
    let person_id = text(&person, "/id").to_string();

    let created = cli
        .run(&["procedure", "start", "--beneficiary", &person_id, "--kind", "ameli_complementaire_sante_solidaire",
               "--on", "2026-01-05", "--deadline", "2031-03-12", "--json"])
        .json();
    let id = text(&created, "/id").to_string();
    assert_eq!(text(&created, "/status"), "a_faire", "a new procedure starts as a_faire by default");
    assert_eq!(text(&created, "/history/0/on"), "2026-01-05", "the start day given is the first step's");
    let checklist: Vec<&str> = array(&created, "/checklist").iter().map(|d| text(d, "/document")).collect();
    assert!(checklist.contains(&"avis_imposition"), "the checklist comes from the catalogue: {checklist:?}");

    let refused = cli.run(&["procedure", "status", &id, "acceptee"]).failure();
    assert!(refused.contains("directement"), "a transition outside the table is refused in French: {refused:?}");

    let checked = cli.run(&["procedure", "check", &id, "rib", "--json"]).json();
    let rib = array(&checked, "/checklist").iter().find(|d| text(d, "/document") == "rib").expect("rib is listed").clone();
    assert!(rib["broughtOn"].is_string(), "a checked document has the day it was brought: {rib:#}");

    cli.run(&["procedure", "status", &id, "deposee", "--on", "2026-01-10", "--json"]).json();
    let accepted = cli.run(&["procedure", "status", &id, "acceptee", "--on", "2026-02-01", "--note", "Notification reçue", "--json"]).json();
    assert_eq!(text(&accepted, "/renewalOn"), "2027-02-01", "CSS is renewed a year after it was granted");

    let closed = cli.run(&["procedure", "status", &id, "deposee"]).failure();
    assert!(closed.contains("rouvrez"), "a closed procedure says to reopen it: {closed:?}");
    let reopened = cli
        .run(&["procedure", "reopen", &id, "--note", "Renouvellement 2027", "--status", "a_faire", "--json"])
        .json();
    assert_eq!(text(&reopened, "/history/3/event"), "reopening", "the reopening is a step of the history");
    assert_eq!(text(&reopened, "/history/3/note"), "Renouvellement 2027", "with its note");

    let shown = cli.run(&["procedure", "show", &id]);
    assert_eq!(shown.code, 0, "{}", shown.describe());
    assert!(
        shown.stdout.contains("Réouverture") && shown.stdout.contains("[x]") && shown.stdout.contains("Relevé d’identité bancaire"),
        "show prints the history and the checklist with French labels: {}",
        shown.stdout
    );

    // On DAY, two days before its deadline, the procedure shows within the week; by then it has
    // been 'to do' for years, so it also shows as waiting too long.
    let follow_up = cli.run(&["follow-up", "--on", DAY, "--json"]).json();
    let week = array(&follow_up, "/thisWeek");
    assert!(
        week.iter().any(|item| text(item, "/reason") == "deadline" && text(item, "/beneficiaryId") == person_id),
        "the deadline of 2031-03-12 is due within the week of {DAY}, with the person's id: {follow_up:#}"
    );
    assert!(
        array(&follow_up, "/overdue").iter().any(|item| text(item, "/reason") == "stuck"),
        "a procedure left 'to do' for years waits too long: {follow_up:#}"
    );
    let count = cli.run(&["follow-up", "--on", DAY, "--count", "--json"]).json();
    let listed = array(&follow_up, "/overdue").len() + array(&follow_up, "/dueToday").len() + week.len();
    let counted = ["overdue", "dueToday", "thisWeek"].iter().map(|key| count[key].as_u64().unwrap_or(0)).sum::<u64>();
    assert_eq!(counted as usize, listed, "the count is the number of items listed");
    let human = cli.run(&["follow-up", "--on", DAY]);
    assert!(
        human.stdout.contains("Dans les 7 jours") && human.stdout.contains("TRAORÉ Moussa"),
        "the list is printed by group with the person's name: {}",
        human.stdout
    );
}
