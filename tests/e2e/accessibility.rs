//! Accessibility in the real window (RGAA / WCAG 2.1 AA): axe-core's audit of every screen, the
//! same screens at 200 % text size, and the keyboard (focus on each new screen's heading, the
//! shortcuts panel), in French and in the mirrored Arabic layout.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Client;
use fantoccini::wd::TimeoutConfiguration;

use super::{
    PATIENCE, by_test_id, choose_language, click, evaluate, find, save_screenshot, start_with_demo_data, wait_until,
};

/// axe-core, as pinned in ui/package.json (a development dependency, installed by `npm ci` in ui/):
/// read from disk when the test runs and given to the page through WebDriver. It is never part of
/// the app's bundle and nothing is fetched.
fn axe_script() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!("axe-core is installed with the UI's packages (npm ci in ui/): {}: {error}", path.display())
    })
}

/// The rules of WCAG 2.1 levels A and AA, which the RGAA follows.
const WCAG_21_AA: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

/// One rule broken on one screen in one language, with the elements that break it.
struct Violation {
    screen: String,
    language: String,
    rule: String,
    impact: String,
    help: String,
    targets: Vec<String>,
}

/// Runs axe-core on what the window shows and gives back what it finds broken.
async fn axe_violations(client: &Client, axe: &str, screen: &str, language: &str) -> Vec<Violation> {
    // The app never reloads its page: axe is given once and stays.
    if evaluate(client, "return typeof window.axe === 'object'").await != serde_json::Value::Bool(true) {
        let injected = client
            .execute(&format!("{axe}\n;return typeof window.axe;"), vec![])
            .await
            .unwrap_or_else(|error| panic!("axe-core's script runs in the window: {error}"));
        assert_eq!(injected.as_str(), Some("object"), "axe-core's script defines window.axe");
    }
    let script = format!(
        "const done = arguments[arguments.length - 1];
         window.axe.run(document, {{ runOnly: {{ type: 'tag', values: {WCAG_21_AA} }}, resultTypes: ['violations'] }})
           .then((results) => done(results.violations.map((v) => ({{
             rule: v.id, impact: v.impact ?? '', help: v.help,
             targets: v.nodes.map((node) => node.target.join(' ')),
           }}))))
           .catch((error) => done({{ error: String(error) }}));"
    );
    let found = client.execute_async(&script, vec![]).await.unwrap_or_else(|error| panic!("axe-core runs on {screen}: {error}"));
    assert!(found.get("error").is_none(), "axe-core ran to the end on {screen} ({language}): {found}");
    let text = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_string();
    found
        .as_array()
        .expect("axe-core's violations are a list")
        .iter()
        .map(|violation| Violation {
            screen: screen.to_string(),
            language: language.to_string(),
            rule: text(&violation["rule"]),
            impact: text(&violation["impact"]),
            help: text(&violation["help"]),
            targets: violation["targets"].as_array().map(|all| all.iter().map(text).collect()).unwrap_or_default(),
        })
        .collect()
}

/// Text zoom: the root font size doubled (the app's own size is 112.5 % of the browser's, and
/// every length of its CSS is in rem or em), as a reader's text-size setting does. Then, on a
/// 1366×768 window, nothing may scroll sideways, stick out of the window, be cut by its box or
/// overlap another control. Gives back what is wrong; leaves the text large for a screenshot.
const DOUBLE_TEXT_SIZE: &str = r#"
const done = arguments[arguments.length - 1];
document.documentElement.style.fontSize = '225%';
requestAnimationFrame(() => requestAnimationFrame(() => {
  const problems = [];
  const width = window.innerWidth;
  const describe = (element) => {
    const name = element.dataset.testid ? `[data-testid="${element.dataset.testid}"]`
      : element.id ? `#${element.id}` : element.className && typeof element.className === 'string'
      ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const text = (element.innerText || element.value || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${name} "${text}"`;
  };
  const shown = (element) => {
    if (element.closest('[hidden], [inert], .visually-hidden, dialog:not([open])')) return false;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  };
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > width) problems.push(`the page is ${scrollWidth}px wide in a ${width}px window: it scrolls sideways`);
  const elements = [...document.querySelectorAll('body *')].filter(shown);
  const ownText = (element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim() !== '');
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    if (ownText(element) && (box.right > width + 1 || box.left < -1)) {
      problems.push(`sticks out of the window: ${describe(element)}`);
    }
    const style = getComputedStyle(element);
    const clipsInline = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const clipsBlock = ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    if (ownText(element) && (clipsInline || clipsBlock) && style.textOverflow !== 'ellipsis') {
      problems.push(`text cut by its box: ${describe(element)}`);
    }
  }
  // Controls and text blocks that cover each other. What stays in place while the page scrolls
  // (the sticky save bar, the toast) covers the page by design and is left out.
  const pinned = (element) => {
    for (let at = element; at && at !== document.body; at = at.parentElement) {
      if (['fixed', 'sticky'].includes(getComputedStyle(at).position)) return true;
    }
    return false;
  };
  const blocks = elements.filter((element) =>
    element.matches('button, a[href], input, select, textarea, label, h1, h2, h3, p, li, dt, dd, summary, legend')
    && !pinned(element));
  const boxes = blocks.map((element) => element.getBoundingClientRect());
  // A button drawn inside its field (the × that empties a search), which leaves room for it.
  const drawnInside = (field, control) => field.matches('input, select, textarea')
    && getComputedStyle(control).position === 'absolute' && control.parentElement.contains(field);
  for (let i = 0; i < blocks.length; i += 1) {
    for (let j = i + 1; j < blocks.length; j += 1) {
      if (blocks[i].contains(blocks[j]) || blocks[j].contains(blocks[i])) continue;
      if (drawnInside(blocks[i], blocks[j]) || drawnInside(blocks[j], blocks[i])) continue;
      const across = Math.min(boxes[i].right, boxes[j].right) - Math.max(boxes[i].left, boxes[j].left);
      const down = Math.min(boxes[i].bottom, boxes[j].bottom) - Math.max(boxes[i].top, boxes[j].top);
      if (across > 2 && down > 2) problems.push(`${describe(blocks[i])} overlaps ${describe(blocks[j])}`);
    }
  }
  done(problems);
}));
"#;

const NORMAL_TEXT_SIZE: &str = "document.documentElement.style.fontSize = ''; window.scrollTo(0, 0);";

/// Waits for the screen a navigation led to: the window moves the focus to its heading once the
/// screen has read its data. Then its later parts (lists read after the heading) have a moment.
async fn wait_for_new_screen(client: &Client, test_id: &str) {
    find(client, test_id).await;
    wait_until(
        client,
        "const heading = document.querySelector('#main .screens h1'); return !!heading && document.activeElement === heading",
        &format!("the focus on the heading of {test_id}"),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(400)).await;
}

/// Sends keys to whatever has the focus, as a person types them.
async fn press(client: &Client, keys: &str) {
    let focused = client.active_element().await.expect("something has the focus");
    focused.send_keys(keys).await.unwrap_or_else(|error| panic!("the focused element takes the keys {keys:?}: {error}"));
}

const F1: &str = "\u{E031}";
const ESCAPE: &str = "\u{E00C}";
const TAB: &str = "\u{E004}";
const SHIFT: &str = "\u{E008}";
const CONTROL: &str = "\u{E009}";
const RELEASE: &str = "\u{E000}";

/// What the accessibility walk found on each screen.
#[derive(Default)]
struct Findings {
    violations: Vec<Violation>,
    zoom_problems: Vec<String>,
    screens: u32,
}

impl Findings {
    /// Audits the screen shown (axe-core), then looks at it with the text twice as large.
    async fn check(&mut self, client: &Client, axe: &str, screen: &str, language: &str) {
        self.screens += 1;
        self.violations.extend(axe_violations(client, axe, screen, language).await);
        let problems = client
            .execute_async(DOUBLE_TEXT_SIZE, vec![])
            .await
            .unwrap_or_else(|error| panic!("the window measures {screen} at 200 %: {error}"));
        for problem in problems.as_array().expect("a list of problems") {
            self.zoom_problems.push(format!("{screen} [{language}] at 200 %: {}", problem.as_str().unwrap_or_default()));
        }
        evaluate(client, "window.scrollTo(0, 0); return true").await;
        save_screenshot(client, &format!("zoom-200-{screen}-{language}.png")).await;
        client.execute(NORMAL_TEXT_SIZE, vec![]).await.expect("the text size goes back to normal");
    }
}

/// Visits every screen of the app in the interface language `language`, from the list, and
/// checks each one.
async fn walk_every_screen(client: &Client, axe: &str, language: &str, findings: &mut Findings) {
    find(client, "beneficiary-row").await;
    findings.check(client, axe, "list", language).await;

    press(client, F1).await;
    wait_until(client, "return document.querySelector('[data-testid=\"shortcuts-help\"]')?.open === true", "the shortcuts panel to open").await;
    findings.check(client, axe, "shortcuts-help", language).await;
    press(client, ESCAPE).await;
    wait_until(client, "return document.querySelector('[data-testid=\"shortcuts-help\"]')?.open === false", "Escape to close the panel").await;

    for (button, screen) in [("new-beneficiary", "new-person"), ("new-accompaniment", "record"), ("new-workshop", "workshop")] {
        click(client, button).await;
        wait_for_new_screen(client, "back").await;
        findings.check(client, axe, screen, language).await;
        click(client, "back").await;
        wait_for_new_screen(client, "beneficiary-search").await;
    }

    click(client, "follow-up-count").await;
    wait_for_new_screen(client, "follow-up-screen").await;
    findings.check(client, axe, "follow-up", language).await;
    // The demo data has procedures waiting too long and rights to renew: the list has lines.
    click(client, "follow-up-open").await;
    wait_for_new_screen(client, "procedure-title").await;
    findings.check(client, axe, "procedure", language).await;
    click(client, "procedure-person").await;
    wait_for_new_screen(client, "beneficiary-file").await;
    findings.check(client, axe, "file", language).await;
    click(client, "edit-beneficiary").await;
    wait_for_new_screen(client, "save-beneficiary").await;
    findings.check(client, axe, "edit-person", language).await;
    click(client, "back").await;
    wait_for_new_screen(client, "beneficiary-file").await;
    click(client, "start-procedure").await;
    wait_for_new_screen(client, "catalogue-search").await;
    findings.check(client, axe, "start-procedure", language).await;
    click(client, "back").await;
    wait_for_new_screen(client, "beneficiary-file").await;

    click(client, "open-settings").await;
    wait_for_new_screen(client, "settings-open-security").await;
    findings.check(client, axe, "settings", language).await;
    click(client, "open-security").await;
    wait_for_new_screen(client, "security-settings").await;
    findings.check(client, axe, "security", language).await;
    click(client, "open-audit").await;
    wait_for_new_screen(client, "back").await;
    findings.check(client, axe, "audit-log", language).await;
    click(client, "back").await;
    wait_for_new_screen(client, "security-settings").await;
    click(client, "open-catalogue-settings").await;
    wait_for_new_screen(client, "back").await;
    findings.check(client, axe, "catalogue", language).await;
    click(client, "open-exports").await;
    wait_for_new_screen(client, "exports-screen").await;
    findings.check(client, axe, "exports", language).await;

    // The lock screen is no navigation: it covers the screens until the mediator comes back.
    click(client, "lock-now").await;
    find(client, "lock-screen").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    findings.check(client, axe, "lock", language).await;
    click(client, "lock-unlock").await;
    find(client, "home").await;
    click(client, "home").await;
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn every_screen_passes_the_wcag_audit_and_reads_at_double_text_size_in_french_and_arabic() {
    let started = Instant::now();
    let axe = axe_script();
    let (_data, driver, client) = start_with_demo_data().await;
    client.set_window_size(1366, 768).await.expect("the window takes the size of a small laptop screen");
    client
        .update_timeouts(TimeoutConfiguration::new(Some(PATIENCE), None, None))
        .await
        .expect("scripts may run as long as an audit of a long screen takes");
    let width = evaluate(&client, "return window.innerWidth").await;
    assert!(width.as_u64().is_some_and(|width| width <= 1366), "the page is no wider than the screen: {width}");

    let mut findings = Findings::default();
    for language in ["fr", "ar"] {
        choose_language(&client, language).await;
        let direction = evaluate(&client, "return document.documentElement.dir").await;
        let expected = if language == "ar" { "rtl" } else { "ltr" };
        assert_eq!(direction.as_str(), Some(expected), "{language} sets the page's direction");
        walk_every_screen(&client, &axe, language, &mut findings).await;
    }
    // The language is remembered by the window: the next test starts in French.
    choose_language(&client, "fr").await;
    client.close().await.expect("the window closes");
    drop(driver);

    let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
    for violation in &findings.violations {
        *by_rule.entry(violation.rule.clone()).or_default() += violation.targets.len();
    }
    println!(
        "accessibility: {} screen visits audited in {:.0} s; axe-core violations (elements) by rule: {by_rule:?}; \
         problems at 200 %: {}",
        findings.screens,
        started.elapsed().as_secs_f64(),
        findings.zoom_problems.len()
    );
    let lines: Vec<String> = findings
        .violations
        .iter()
        .map(|v| format!("{} [{}] {} ({}): {} — {}", v.screen, v.language, v.rule, v.impact, v.help, v.targets.join(" | ")))
        .collect();
    assert!(findings.screens >= 28, "both languages visited every screen: {}", findings.screens);
    // Both lists in one message: a failing run shows everything there is to fix.
    assert!(
        lines.is_empty() && findings.zoom_problems.is_empty(),
        "axe-core finds no WCAG 2.1 A or AA violation on any screen ({} found):\n{}\n\
         and at 200 % text size on 1366×768 nothing scrolls sideways, is cut or overlaps ({} found):\n{}",
        lines.len(),
        lines.join("\n"),
        findings.zoom_problems.len(),
        findings.zoom_problems.join("\n")
    );
}

/// The heading of the screen shown and what the live region last said.
async fn heading_and_announcement(client: &Client) -> (String, String, bool) {
    let state = evaluate(
        client,
        "const heading = document.querySelector('#main .screens h1');
         const said = document.querySelector('[data-testid=\"screen-announcement\"]');
         return [heading?.textContent.trim() ?? '', said?.textContent.trim() ?? '', !!heading && document.activeElement === heading]",
    )
    .await;
    let text = |index: usize| state[index].as_str().unwrap_or_default().to_string();
    (text(0), text(1), state[2] == serde_json::Value::Bool(true))
}

async fn focus_is_in_the_shortcuts_panel(client: &Client) -> bool {
    evaluate(client, "return document.querySelector('[data-testid=\"shortcuts-help\"]').contains(document.activeElement)").await
        == serde_json::Value::Bool(true)
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn each_new_screen_takes_the_focus_on_its_heading_and_f1_lists_the_shortcuts() {
    let (_data, driver, client) = start_with_demo_data().await;
    for language in ["fr", "ar"] {
        choose_language(&client, language).await;
        // A navigation by the keyboard (Enter on the button): the new screen's heading has the
        // focus, and the live region says its title for a screen reader.
        find(&client, "new-beneficiary").await.send_keys("\u{E007}").await.expect("Enter on the button");
        wait_for_new_screen(&client, "save-beneficiary").await;
        let (heading, said, focused) = heading_and_announcement(&client).await;
        assert!(focused, "the form's heading has the focus after the navigation ({language})");
        assert!(!heading.is_empty(), "the form has a heading");
        let deadline = Instant::now() + PATIENCE;
        let mut said = said;
        while said != heading && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
            said = heading_and_announcement(&client).await.1;
        }
        assert_eq!(said, heading, "the live region announces the new screen's title ({language})");

        // Escape goes back; the list's heading takes the focus in turn.
        press(&client, ESCAPE).await;
        wait_for_new_screen(&client, "beneficiary-search").await;
        let (heading, _, focused) = heading_and_announcement(&client).await;
        assert!(focused, "back on the list, its heading has the focus: {heading:?} ({language})");

        // Ctrl+K is for typing at once: the search, not the heading.
        press(&client, &format!("{CONTROL}k{RELEASE}")).await;
        wait_until(&client, "return document.activeElement?.dataset.testid === 'beneficiary-search'", "Ctrl+K to focus the search").await;

        // "?" typed in the search is text, not the panel.
        press(&client, "?").await;
        let value = evaluate(&client, "return document.activeElement.value").await;
        assert_eq!(value.as_str(), Some("?"), "in a text field, ? is typed");
        assert!(
            evaluate(&client, "return document.querySelector('[data-testid=\"shortcuts-help\"]').open").await
                == serde_json::Value::Bool(false),
            "typing ? in a field does not open the panel"
        );
        // WebDriver's clear leaves no focus anywhere: Ctrl+K puts it back in the search.
        find(&client, "beneficiary-search").await.clear().await.expect("the search empties");
        press(&client, &format!("{CONTROL}k{RELEASE}")).await;
        wait_until(&client, "return document.activeElement?.dataset.testid === 'beneficiary-search'", "Ctrl+K to focus the search").await;

        // F1 opens the panel from the list's search; it lists the shortcuts of the one list,
        // with the keys as this language writes them.
        press(&client, F1).await;
        wait_until(&client, "return document.querySelector('[data-testid=\"shortcuts-help\"]').open === true", "F1 to open the panel").await;
        let lines = evaluate(
            &client,
            "return [...document.querySelectorAll('[data-testid=\"shortcuts-help\"] [data-testid^=\"shortcut-\"]')].map((line) => [line.dataset.testid, line.innerText])",
        )
        .await;
        let lines: BTreeMap<String, String> = lines
            .as_array()
            .expect("the panel's lines")
            .iter()
            .map(|line| (line[0].as_str().unwrap_or_default().to_string(), line[1].as_str().unwrap_or_default().to_string()))
            .collect();
        for (name, keys) in [
            ("shortcut-help", "F1"),
            ("shortcut-search", "Ctrl+K"),
            ("shortcut-new-person", "Ctrl+N"),
            ("shortcut-follow-up", "Ctrl+U"),
            ("shortcut-lock", "Ctrl+L"),
            ("shortcut-undo", "Ctrl+Z"),
            ("shortcut-save", "Ctrl+"),
            ("shortcut-list-move", "↑"),
        ] {
            let line = lines.get(name).unwrap_or_else(|| panic!("the panel lists {name} ({language}): {lines:?}"));
            assert!(line.contains(keys), "{name} shows its keys {keys:?} ({language}): {line:?}");
        }
        assert!(lines.len() >= 17, "the panel lists every shortcut of the app ({language}): {lines:?}");
        assert!(focus_is_in_the_shortcuts_panel(&client).await, "the panel takes the focus when it opens");
        save_screenshot(&client, &format!("shortcuts-help-{language}.png")).await;

        // Tab and Shift+Tab stay inside the panel, however many times.
        for keys in [TAB, TAB, TAB, &format!("{SHIFT}{TAB}{RELEASE}"), &format!("{SHIFT}{TAB}{RELEASE}")] {
            press(&client, keys).await;
            assert!(focus_is_in_the_shortcuts_panel(&client).await, "the focus stays in the open panel ({language})");
        }
        // Escape closes it and gives the focus back to the search it was opened from.
        press(&client, ESCAPE).await;
        wait_until(&client, "return document.querySelector('[data-testid=\"shortcuts-help\"]').open === false", "Escape to close the panel").await;
        wait_until(
            &client,
            "return document.activeElement?.dataset.testid === 'beneficiary-search'",
            "the focus back where it was before the panel",
        )
        .await;
        // And nothing else happened: Escape closed the panel, it did not go back a screen.
        assert!(find(&client, "beneficiary-search").await.is_displayed().await.expect("readable"), "still on the list");

        // From a screen's heading, "?" opens it too; Escape gives the focus back to the heading.
        click(&client, "open-settings").await;
        wait_for_new_screen(&client, "settings-open-security").await;
        press(&client, "?").await;
        wait_until(&client, "return document.querySelector('[data-testid=\"shortcuts-help\"]').open === true", "? to open the panel").await;
        press(&client, ESCAPE).await;
        wait_until(
            &client,
            "return document.activeElement === document.querySelector('#main .screens h1')",
            "the focus back on the settings' heading",
        )
        .await;
        assert!(
            evaluate(&client, "return document.querySelector('[data-testid=\"open-settings\"]') !== null && document.querySelector('#settings-title') !== null").await
                == serde_json::Value::Bool(true),
            "Escape closed the panel and left the settings open"
        );
        click(&client, "home").await;
        wait_for_new_screen(&client, "beneficiary-search").await;
    }
    // The shortcut for a new accompaniment lands in the person search, ready to type a name.
    press(&client, &format!("{CONTROL}{SHIFT}n{RELEASE}")).await;
    wait_until(&client, "return document.activeElement?.dataset.testid === 'person-search'", "the focus in the person search").await;
    let said = by_test_id("screen-announcement");
    wait_until(
        &client,
        &format!("return document.querySelector('{said}').textContent.trim() === document.querySelector('#main .screens h1').textContent.trim()"),
        "the new screen's title announced, the focus being in its field",
    )
    .await;
    choose_language(&client, "fr").await;
    client.close().await.expect("the window closes");
    drop(driver);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_first_start_and_the_pin_lock_pass_the_wcag_audit_in_french_and_arabic() {
    use super::{start_showing, type_into};
    let started = Instant::now();
    let axe = axe_script();
    let data = tempfile::tempdir().expect("a temporary data folder");
    let (driver, client) = start_showing(data.path(), "setup-create").await;
    client.set_window_size(1366, 768).await.expect("the window takes the size of a small laptop screen");
    client
        .update_timeouts(TimeoutConfiguration::new(Some(PATIENCE), None, None))
        .await
        .expect("scripts may run as long as an audit takes");
    let mut findings = Findings::default();
    for language in ["fr", "ar"] {
        choose_language(&client, language).await;
        findings.check(&client, &axe, "setup", language).await;
    }
    type_into(&client, "setup-pin", "2468").await;
    type_into(&client, "setup-pin-repeat", "2468").await;
    click(&client, "setup-create").await;
    find(&client, "recovery-sheet").await;
    for language in ["ar", "fr"] {
        choose_language(&client, language).await;
        findings.check(&client, &axe, "recovery-sheet", language).await;
    }
    click(&client, "recovery-kept-safe").await;
    click(&client, "recovery-step-done").await;
    find(&client, "beneficiary-search").await;
    // With a PIN the lock screen has its field and its error line.
    click(&client, "lock-now").await;
    find(&client, "lock-secret").await;
    type_into(&client, "lock-secret", "1111").await;
    click(&client, "lock-unlock").await;
    find(&client, "lock-error").await;
    for language in ["fr", "ar"] {
        choose_language(&client, language).await;
        findings.check(&client, &axe, "lock-with-pin", language).await;
    }
    choose_language(&client, "fr").await;
    client.close().await.expect("the window closes");
    drop(driver);

    println!("accessibility of the first start: {} screen visits in {:.0} s", findings.screens, started.elapsed().as_secs_f64());
    let lines: Vec<String> = findings
        .violations
        .iter()
        .map(|v| format!("{} [{}] {} ({}): {} — {}", v.screen, v.language, v.rule, v.impact, v.help, v.targets.join(" | ")))
        .collect();
    assert_eq!(findings.screens, 6, "setup, recovery sheet and PIN lock, each in two languages");
    assert!(
        lines.is_empty() && findings.zoom_problems.is_empty(),
        "axe-core finds no WCAG 2.1 A or AA violation ({} found):\n{}\n\
         and at 200 % text size nothing scrolls sideways, is cut or overlaps ({} found):\n{}",
        lines.len(),
        lines.join("\n"),
        findings.zoom_problems.len(),
        findings.zoom_problems.join("\n")
    );
}
