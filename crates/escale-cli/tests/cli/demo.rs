//! Demonstration data.

use crate::support::Cli;

#[test]
fn demo_fills_the_store_with_realistic_data() {
    let cli = Cli::initialised();
    let summary = cli.run(&["demo", "--people", "20", "--json"]).json();
    let count = |field: &str| {
        summary[field].as_u64().unwrap_or_else(|| panic!("the demo summary counts {field}: {summary:#}"))
    };
    assert_eq!(count("people"), 20, "--people 20 creates exactly 20 people");
    assert!(count("activities") > 20, "people are accompanied several times, got {}", count("activities"));
    assert!(count("procedures") > 0, "some people have followed procedures, got {}", count("procedures"));

    let list = cli.run(&["beneficiary", "list", "--limit", "500", "--json"]).json();
    let people = list.as_array().map(Vec::len).unwrap_or_default();
    assert!(people >= 20, "the 20 demo people are stored and listed, got {people}");
    assert!(
        list.as_array().into_iter().flatten().any(|p| p["activityCount"].as_u64() > Some(0)),
        "the list shows that demo people were accompanied"
    );
}
