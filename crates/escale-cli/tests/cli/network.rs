//! Escale makes no network connection, ever.
//!
//! - The command line (and through it the whole core: store, keys, demo data, search) runs in a
//!   network namespace without network (`unshare -n`) under `strace`, which records every
//!   `socket` and `connect` call. Only Unix sockets are allowed: the keyring talks to the local
//!   D-Bus session that way. An Internet socket, even one that would fail for lack of network,
//!   is a failure.
//! - The desktop shell's content security policy and capabilities allow no remote origin. These
//!   checks read `src-tauri/` files only; they live here because this test binary builds without
//!   the window's heavy dependencies.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::Cli;

/// Why the namespace-and-trace check cannot run here, if it cannot.
fn tracing_unavailable() -> Option<String> {
    let works = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .output()
            .map(|output| output.status.success())
            .unwrap_or(false)
    };
    if !works("strace", &["-V"]) {
        return Some("strace is not installed (scripts/install-deps.sh --test installs it)".into());
    }
    if !works("unshare", &["-n", "true"]) {
        return Some(
            "`unshare -n` is refused: a network namespace needs root or CAP_SYS_ADMIN".into(),
        );
    }
    if !works("strace", &["-f", "-qq", "-o", "/dev/null", "true"]) {
        return Some("strace cannot trace here (ptrace is forbidden)".into());
    }
    None
}

/// The wrapper running a program without network, its socket calls traced into `trace`.
fn without_network_traced(trace: &Path) -> Vec<String> {
    // execve too: the trace then shows that the program really ran under strace.
    [
        "unshare",
        "-n",
        "strace",
        "-f",
        "-qq",
        "-e",
        "trace=execve,socket,connect",
        "-o",
    ]
    .into_iter()
    .map(String::from)
    .chain([trace.display().to_string()])
    .collect()
}

/// The socket calls of a trace that reach beyond the machine: every `socket` whose family is
/// not `AF_UNIX`, every `connect` to an address that is not a Unix socket.
fn network_calls(trace: &str) -> Vec<String> {
    trace
        .lines()
        .filter(|line| {
            if let Some(arguments) = line.split_once("socket(").map(|(_, rest)| rest) {
                return !arguments.starts_with("AF_UNIX,");
            }
            if let Some(arguments) = line.split_once("connect(").map(|(_, rest)| rest) {
                return !arguments.contains("sa_family=AF_UNIX");
            }
            false
        })
        .map(str::to_string)
        .collect()
}

/// A fresh trace file in the runner's home.
fn trace_file(cli: &Cli, name: &str) -> PathBuf {
    cli.home().join(format!("{name}.strace"))
}

#[test]
fn the_check_recognises_an_internet_socket() {
    // The check must be able to fail: a program that opens a TCP socket is caught.
    let trace = "\
1234  socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3
1234  connect(3, {sa_family=AF_UNIX, sun_path=\"/run/user/0/bus\"}, 110) = 0
1235  socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 4
1235  connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"1.2.3.4\")}, 16) = -1 ENETUNREACH
1236  socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 5
";
    assert_eq!(
        network_calls(trace).len(),
        3,
        "two Internet sockets and one Internet connect are network calls; the D-Bus socket is not"
    );

    let Some(reason) = tracing_unavailable() else {
        // And for real: a shell opening a TCP connection under the same wrapper is caught.
        let cli = Cli::new();
        let trace = trace_file(&cli, "control");
        let status = Command::new("unshare")
            .args(&without_network_traced(&trace)[1..])
            .args([
                "bash",
                "-c",
                "exec 2>/dev/null; true 3<>/dev/tcp/127.0.0.1/9; exit 0",
            ])
            .status()
            .expect("the control program runs");
        assert!(status.success(), "the control shell ends normally");
        let recorded = std::fs::read_to_string(&trace).expect("strace wrote its trace");
        assert!(
            !network_calls(&recorded).is_empty(),
            "a TCP connection attempt under unshare+strace must be recorded, or the real check proves nothing:\n{recorded}"
        );
        return;
    };
    eprintln!("skipped (control run only): {reason}");
}

#[test]
fn the_command_line_opens_no_network_socket() {
    if let Some(reason) = tracing_unavailable() {
        eprintln!("skipped: the_command_line_opens_no_network_socket: {reason}");
        return;
    }
    let cli = Cli::new();
    let commands: [&[&str]; 6] = [
        &["init", "--passphrase"],
        &["demo", "--people", "20"],
        &[
            "beneficiary",
            "add",
            "--first-name",
            "Élodie",
            "--last-name",
            "N'Diaye",
            "--insee",
            "93066",
        ],
        &["beneficiary", "search", "elodie"],
        &["beneficiary", "list"],
        &["activity", "list"],
    ];
    let mut traced_calls = 0;
    for (index, args) in commands.iter().enumerate() {
        let trace = trace_file(&cli, &format!("command-{index}"));
        let run = cli.run_under(&without_network_traced(&trace), args);
        assert_eq!(
            run.code,
            0,
            "the command works without network; {}",
            run.describe()
        );
        let recorded = std::fs::read_to_string(&trace).expect("strace wrote its trace");
        assert!(
            recorded.contains("execve(") && recorded.contains(env!("CARGO_BIN_EXE_escale")),
            "the trace must show escale itself running, or an empty trace would prove nothing:\n{recorded}"
        );
        traced_calls += recorded
            .lines()
            .filter(|line| !line.contains("execve("))
            .count();
        let reaching_out = network_calls(&recorded);
        assert!(
            reaching_out.is_empty(),
            "`escale {}` must open no Internet socket (only Unix sockets, for the local D-Bus): {reaching_out:#?}",
            args.join(" ")
        );
    }
    eprintln!(
        "no-network: {} commands traced under unshare -n, {traced_calls} socket/connect calls, all Unix sockets",
        commands.len()
    );

    // The keyring path too: `init` without --passphrase asks the Secret Service over D-Bus
    // (a Unix socket), then falls back to the passphrase when nothing answers.
    let keyring_cli = Cli::new();
    let trace = trace_file(&keyring_cli, "keyring-init");
    let run = keyring_cli.run_under(&without_network_traced(&trace), &["init"]);
    assert_eq!(
        run.code,
        0,
        "init works without network, keyring or not; {}",
        run.describe()
    );
    let recorded = std::fs::read_to_string(&trace).expect("strace wrote its trace");
    assert!(
        network_calls(&recorded).is_empty(),
        "asking the keyring must stay on the local D-Bus (Unix sockets): {recorded}"
    );
    let socket_calls = recorded
        .lines()
        .filter(|line| !line.contains("execve("))
        .count();
    eprintln!(
        "no-network: init with the keyring: {socket_calls} socket/connect calls, all Unix sockets"
    );
}

fn src_tauri() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("{} is readable: {error}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("{} is valid JSON: {error}", path.display()))
}

/// The sources of a CSP that may appear: the app's own files, inline styles, data: images and
/// Tauri's IPC (a custom scheme, and its `http://ipc.localhost` form on Windows/Linux).
const LOCAL_SOURCES: &[&str] = &[
    "'self'",
    "'none'",
    "'unsafe-inline'",
    "data:",
    "blob:",
    "ipc:",
    "http://ipc.localhost",
    "asset:",
    "http://asset.localhost",
    "tauri:",
    "tauri://localhost",
];

/// The sources of `csp` that could reach another machine, with their directive.
fn remote_sources(csp: &str) -> Vec<String> {
    csp.split(';')
        .filter_map(|directive| {
            let mut words = directive.split_whitespace();
            let name = words.next()?;
            Some(
                words
                    .filter(|source| !LOCAL_SOURCES.contains(source))
                    .map(move |source| format!("{name} {source}")),
            )
        })
        .flatten()
        .collect()
}

#[test]
fn the_window_may_load_nothing_from_another_machine() {
    assert_eq!(
        remote_sources(
            "default-src 'self' https://cdn.example.org; connect-src ipc: *; img-src http:; connect-src ws://x"
        ),
        [
            "default-src https://cdn.example.org",
            "connect-src *",
            "img-src http:",
            "connect-src ws://x"
        ],
        "the check catches remote hosts, wildcards and bare schemes, or it proves nothing"
    );

    let config = read_json(&src_tauri().join("tauri.conf.json"));
    let csp = config
        .pointer("/app/security/csp")
        .and_then(Value::as_str)
        .expect("app.security.csp is set: without a CSP the web view may load anything");
    assert!(
        csp.split(';')
            .any(|directive| directive.trim().starts_with("default-src")),
        "a default-src bounds every directive not listed: {csp}"
    );
    assert_eq!(
        remote_sources(csp),
        Vec::<String>::new(),
        "the CSP must allow no remote origin (no host, no http:/https:/ws: scheme, no *): {csp}"
    );
    for key in ["devCsp", "dangerousDisableAssetCspModification"] {
        assert!(
            config.pointer(&format!("/app/security/{key}")).is_none(),
            "app.security.{key} would weaken the CSP"
        );
    }
    assert!(
        config.pointer("/build/devUrl").is_none(),
        "no dev server URL: every build shows the embedded interface, never a page from a server"
    );
    assert!(
        config
            .pointer("/plugins")
            .and_then(Value::as_object)
            .is_none_or(|plugins| plugins.is_empty()),
        "no plugin is configured (the HTTP, updater or opener plugins would reach out)"
    );
}

/// Permission prefixes of Tauri plugins that reach another machine or open something outside.
const REMOTE_PERMISSIONS: &[&str] = &[
    "http:",
    "websocket:",
    "upload:",
    "updater:",
    "opener:",
    "shell:",
    "deep-link:",
];

#[test]
fn no_capability_grants_network_or_remote_access() {
    let folder = src_tauri().join("capabilities");
    let mut files = 0;
    for entry in std::fs::read_dir(&folder).expect("src-tauri/capabilities is readable") {
        let path = entry.expect("a folder entry").path();
        if path.extension().and_then(|extension| extension.to_str()) != Some("json") {
            continue;
        }
        files += 1;
        let capability = read_json(&path);
        assert!(
            capability.get("remote").is_none(),
            "{}: a `remote` section lets pages from other machines call the app's commands",
            path.display()
        );
        let permissions = capability
            .get("permissions")
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{}: permissions is a list", path.display()));
        for permission in permissions {
            let identifier = permission
                .as_str()
                .or_else(|| permission.get("identifier").and_then(Value::as_str))
                .unwrap_or_default();
            assert!(
                !REMOTE_PERMISSIONS
                    .iter()
                    .any(|prefix| identifier.starts_with(prefix)),
                "{}: permission {identifier} reaches outside the laptop",
                path.display()
            );
        }
    }
    assert!(
        files > 0,
        "the capabilities folder holds the window's capability files"
    );
}
