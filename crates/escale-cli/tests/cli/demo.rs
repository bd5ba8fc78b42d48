//! Demonstration data.

use crate::support::{Cli, PASSPHRASE};

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

/// Runs `escale --data-dir DIR ARGS` on a pseudo-terminal (util-linux `script`), as a mediator
/// typing in a terminal would: what the terminal received, with its escape codes.
fn on_a_terminal(cli: &Cli, args: &[&str]) -> String {
    let quoted: Vec<String> = [env!("CARGO_BIN_EXE_escale"), "--data-dir", cli.data_dir().to_str().expect("UTF-8")]
        .into_iter()
        .chain(args.iter().copied())
        .map(|word| format!("'{}'", word.replace('\'', r"'\''")))
        .collect();
    let output = std::process::Command::new("script")
        .args(["-qfec", &quoted.join(" "), "/dev/null"])
        .env("ESCALE_PASSPHRASE", PASSPHRASE)
        .env_remove("ESCALE_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("HOME", cli.home())
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("util-linux script runs");
    assert!(output.status.success(), "the command succeeds on a terminal: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn long_work_shows_a_bar_on_a_terminal_and_nothing_when_piped() {
    let cli = Cli::initialised();
    let piped = cli.run(&["demo", "--people", "30"]);
    assert!(piped.stderr.is_empty(), "piped, the CLI draws no bar nor spinner: {}", piped.describe());

    let shown = on_a_terminal(&cli, &["demo", "--people", "3000"]);
    let localizer = escale_core::i18n::Localizer::new("fr");
    assert!(
        shown.contains(&localizer.text("cli-deriving-key")),
        "a spinner says the key is being derived from the passphrase (a second or more): {shown:?}"
    );
    assert!(
        shown.contains(&localizer.text("cli-demo-progress")) && shown.contains(" %"),
        "a bar with a percentage follows the demo records being written: {shown:?}"
    );
    assert!(shown.contains("3000") || shown.contains("3 000") || shown.contains("3\u{202f}000"),
        "and the result is printed after it: {shown:?}");
}
