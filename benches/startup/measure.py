#!/usr/bin/env python3
"""Start-up time and memory of Escale against an empty Tauri window; run by scripts/bench-startup.sh
(inside Xvfb and a private keyring session), which builds both and prepares the store.

Start-up: from the moment before the process is started to the mark the window writes in the file
named by ESCALE_STARTUP_PROBE once its first screen is painted (Escale: the list of people; the
empty window: its page). Memory: the sum of the proportional set size (PSS, shared pages split
between the processes that map them) of the app and every process below it (WebKitWebProcess,
WebKitNetworkProcess…), read from /proc/PID/smaps_rollup, a few seconds after the mark. After
searching and opening ten files, Escale is driven through WebDriver (tauri-driver), as the
end-to-end tests drive it.
"""

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

READY_TIMEOUT_S = 120


def children_map():
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def tree(root):
    """The process and every process below it."""
    children = children_map()
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def process_name(pid):
    try:
        with open(f"/proc/{pid}/comm") as comm:
            return comm.read().strip()
    except OSError:
        return "?"


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory_of(root):
    """PSS in MiB of the tree below `root`, in all and per process name."""
    by_name = {}
    for pid in tree(root):
        name = process_name(pid)
        by_name[name] = by_name.get(name, 0) + pss_kib(pid) / 1024
    return sum(by_name.values()), by_name


def stop(pids):
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(not is_zombie(pid) for pid in pids):
            time.sleep(0.05)


def is_zombie(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def one_start(command, environment, idle_s):
    """Starts the app, waits for its first-screen mark, waits `idle_s`, reads its memory, stops it."""
    probe = tempfile.NamedTemporaryFile(prefix="escale-startup-", suffix=".probe", delete=False)
    probe.close()
    os.unlink(probe.name)
    env = dict(environment, ESCALE_STARTUP_PROBE=probe.name)
    started = time.time_ns()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    ready_ns = None
    marks = {}
    deadline = time.monotonic() + READY_TIMEOUT_S
    while ready_ns is None:
        if process.poll() is not None:
            sys.exit(f"{command[0]} exited with {process.returncode} before its first screen")
        if time.monotonic() > deadline:
            stop(tree(process.pid))
            sys.exit(f"{command[0]} painted no first screen within {READY_TIMEOUT_S} s")
        try:
            with open(probe.name) as lines:
                for line in lines:
                    if not line.endswith("\n"):
                        break  # still being written: read again at the next turn
                    name, _, at = line.strip().partition(" ")
                    if name == "command":
                        # "command <name> <asked> <answered>": shown as "<name>@<asked>+<took>".
                        command, asked, answered = at.split()[:3]
                        marks[f"{command}@{(int(asked) - started) / 1e6:.0f}"] = (int(answered) - int(asked)) / 1e6
                        continue
                    marks[name] = (int(at) - started) / 1e6
                    if name == "first-screen":
                        ready_ns = int(at)
        except FileNotFoundError:
            pass
        time.sleep(0.002)
    time.sleep(idle_s)
    total, by_name = memory_of(process.pid)
    stop(tree(process.pid))
    process.wait()
    os.unlink(probe.name)
    return (ready_ns - started) / 1e6, total, by_name, marks


def spread(values):
    values = sorted(values)
    if len(values) >= 10:
        deciles = statistics.quantiles(values, n=10, method="inclusive")
        return f"p10–p90 {deciles[0]:.0f}–{deciles[-1]:.0f}, min–max {values[0]:.0f}–{values[-1]:.0f}"
    return f"min–max {values[0]:.0f}–{values[-1]:.0f}"


def summary(values, unit):
    return f"median {statistics.median(values):.0f} {unit} ({spread(values)})"


def breakdown(runs):
    names = sorted({name for _, _, by_name, _ in runs for name in by_name})
    return ", ".join(f"{name} {statistics.median(by_name.get(name, 0) for _, _, by_name, _ in runs):.0f}" for name in names)


def moments(runs):
    """The median time of each mark the app wrote before its first screen (ms after start)."""
    names = sorted({name for *_, marks in runs for name in marks if "@" not in name}, key=lambda name: statistics.median(
        marks[name] for *_, marks in runs if name in marks))
    return ", ".join(f"{name} {statistics.median(marks[name] for *_, marks in runs if name in marks):.0f}" for name in names)


class WebDriver:
    """Just enough of the W3C WebDriver protocol, over tauri-driver."""

    ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

    def __init__(self, application, arguments, environment):
        self.port, native = free_port(), free_port()
        self.driver = subprocess.Popen(
            ["tauri-driver", "--port", str(self.port), "--native-port", str(native)],
            env=environment, stdout=subprocess.DEVNULL, stderr=None if os.environ.get("BENCH_VERBOSE") else subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("tauri-driver did not listen in time")
                time.sleep(0.1)
        capabilities = {"browserName": "wry", "tauri:options": {"application": application, "args": arguments}}
        # tauri-driver listens before the WebKitWebDriver behind it does, and until then closes
        # each connection with no answer: ask again for a while.
        while True:
            try:
                answer = self.call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities, "firstMatch": [{}]}})
                break
            except (http.client.RemoteDisconnected, ConnectionError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.session = answer["sessionId"]

    def call(self, method, path, body=None):
        # http.client rather than urllib: tauri-driver drops requests that ask "Connection: close".
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            data = None if body is None else json.dumps(body)
            connection.request(method, path, body=data, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            answer = json.loads(response.read() or b"{}")
            if response.status >= 400:
                raise LookupError(f"{method} {path}: {response.status} {answer}")
            return answer.get("value")
        finally:
            connection.close()

    def session_call(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def find(self, test_id, timeout_s=60):
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                found = self.session_call("POST", "/element", {"using": "css selector", "value": f'[data-testid="{test_id}"]'})
                return found[self.ELEMENT]
            except LookupError:
                if time.monotonic() > deadline:
                    sys.exit(f"the element {test_id} did not appear")
                time.sleep(0.1)

    def click(self, test_id):
        # The list may paint its rows again between the find and the click (its second batch of
        # rows, a late answer): the element found is then stale, and found again.
        for attempt in range(5):
            try:
                self.session_call("POST", f"/element/{self.find(test_id)}/click", {})
                return
            except LookupError as error:
                if "stale element" not in str(error) or attempt == 4:
                    raise
                time.sleep(0.1)

    def type_into(self, test_id, text):
        element = self.find(test_id)
        self.session_call("POST", f"/element/{element}/clear", {})
        self.session_call("POST", f"/element/{element}/value", {"text": text})

    def script(self, source):
        return self.session_call("POST", "/execute/sync", {"script": source, "args": []})

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        except (OSError, LookupError):
            pass
        stop(tree(self.driver.pid))
        self.driver.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def app_below(root, application):
    real = os.path.realpath(application)
    for pid in tree(root):
        try:
            if os.path.realpath(f"/proc/{pid}/exe") == real:
                return pid
        except OSError:
            continue
    sys.exit("the app driven through WebDriver was not found among tauri-driver's processes")


# Searches typed before opening each file: the first person each one finds.
SEARCHES = ["ma", "be", "ro", "ch", "le", "du", "mo", "la", "pe", "sa"]


def after_ten_files(application, data_dir, environment, idle_s):
    """Escale's memory idle after start and after searching and opening ten files, driven
    through WebDriver (its automation adds a little to the web view)."""
    driver = WebDriver(application, ["--data-dir", data_dir], environment)
    try:
        driver.find("beneficiary-row")
        app = app_below(driver.driver.pid, application)
        time.sleep(idle_s)
        idle = memory_of(app)
        opened = []
        for typed in SEARCHES:
            driver.type_into("beneficiary-search", typed)
            deadline = time.monotonic() + 30
            # The list answers the last key typed: wait until its first row starts with the search.
            while not driver.script(
                f"const row = document.querySelector('[data-testid=\"beneficiary-row\"]'); "
                f"return !!row && document.querySelector('[data-testid=\"beneficiary-search\"]').value === '{typed}';"
            ):
                if time.monotonic() > deadline:
                    sys.exit(f"no list for «{typed}»")
                time.sleep(0.05)
            time.sleep(0.3)
            driver.click("beneficiary-row")
            driver.find("beneficiary-file")
            opened.append(driver.script("return document.getElementById('file-title')?.textContent?.trim() ?? '';"))
            driver.click("home")
            driver.find("beneficiary-search")
        time.sleep(idle_s)
        after = memory_of(app)
        return idle, after, len(opened)
    finally:
        driver.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--escale", required=True)
    parser.add_argument("--empty", required=True)
    parser.add_argument("--data", required=True, help="a store of 100,000 people (a copy: the app writes its audit log)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--idle", type=float, default=3.0)
    parser.add_argument("--label", default="Escale")
    parser.add_argument("--passphrase", help="the store's passphrase (ESCALE_PASSPHRASE); none: keyring")
    parser.add_argument("--ten-files", action="store_true", help="also the memory after searching and opening ten files")
    parser.add_argument("--skip-empty", action="store_true")
    parser.add_argument("--json", help="append the figures, as one JSON line, to this file")
    options = parser.parse_args()

    environment = dict(os.environ)
    environment.pop("ESCALE_PASSPHRASE", None)
    escale_environment = dict(environment)
    if options.passphrase:
        escale_environment["ESCALE_PASSPHRASE"] = options.passphrase
    escale_command = [options.escale, "--data-dir", options.data]

    # Escale has its page painted by the processor (src-tauri/src/rendering.rs); an empty window
    # keeps WebKitGTK's default, the graphics card (here OpenGL emulated by llvmpipe). Both are
    # measured: the empty window as it comes, and painted as Escale paints (this variable gives
    # WebKitGTK the same setting from the start).
    processor_environment = dict(environment, WEBKIT_DISABLE_COMPOSITING_MODE="1")

    # One start of each first, not counted: the store's pages and both binaries come into the page cache.
    one_start(escale_command, escale_environment, 0.5)
    if not options.skip_empty:
        one_start([options.empty], environment, 0.5)
    escale_runs, empty_runs, processor_runs = [], [], []
    for run in range(options.runs):
        # Interleaved, so that a slower moment of the machine weighs on all alike.
        escale_runs.append(one_start(escale_command, escale_environment, options.idle))
        if not options.skip_empty:
            empty_runs.append(one_start([options.empty], environment, options.idle))
            processor_runs.append(one_start([options.empty], processor_environment, options.idle))
        print(f"  run {run + 1}/{options.runs}: {options.label} {escale_runs[-1][0]:.0f} ms {escale_runs[-1][1]:.0f} MiB"
              + ("" if options.skip_empty else f"; empty window {empty_runs[-1][0]:.0f} ms {empty_runs[-1][1]:.0f} MiB"
                 f"; painted by the processor {processor_runs[-1][0]:.0f} ms {processor_runs[-1][1]:.0f} MiB"),
              flush=True)

    figures = {"label": options.label, "runs": options.runs}
    escale_ms = [run[0] for run in escale_runs]
    escale_mib = [run[1] for run in escale_runs]
    print(f"\n{options.label}, start to list of people painted: {summary(escale_ms, 'ms')}")
    print(f"{options.label}, moments of the start (median ms): {moments(escale_runs)}")
    if empty_runs:
        print(f"Empty window, moments of the start (median ms): {moments(empty_runs)}")
    last = escale_runs[-1][3]
    print(f"{options.label}, commands before the first screen, last run (name@asked ms+took ms): "
          + ", ".join(f"{name}+{took:.0f}" for name, took in sorted(last.items(), key=lambda item: float(item[0].split('@')[1]) if '@' in item[0] else 0) if "@" in name))
    print(f"{options.label}, PSS {options.idle:g} s after: {summary(escale_mib, 'MiB')} [{breakdown(escale_runs)}]")
    figures.update(escale_ms=escale_ms, escale_mib=escale_mib)
    if empty_runs:
        empty_ms = [run[0] for run in empty_runs]
        empty_mib = [run[1] for run in empty_runs]
        print(f"Empty window, start to first paint: {summary(empty_ms, 'ms')}")
        print(f"Empty window, PSS {options.idle:g} s after: {summary(empty_mib, 'MiB')} [{breakdown(empty_runs)}]")
        time_ratio = statistics.median(escale_ms) / statistics.median(empty_ms)
        memory_ratio = statistics.median(escale_mib) / statistics.median(empty_mib)
        print(f"Ratios (medians, target ≤ 1.3): start-up {time_ratio:.2f}×, memory idle {memory_ratio:.2f}×")
        figures.update(empty_ms=empty_ms, empty_mib=empty_mib, time_ratio=time_ratio, memory_ratio=memory_ratio)
        processor_ms = [run[0] for run in processor_runs]
        processor_mib = [run[1] for run in processor_runs]
        print(f"Empty window painted by the processor, start to first paint: {summary(processor_ms, 'ms')}")
        print(f"Empty window painted by the processor, PSS {options.idle:g} s after: {summary(processor_mib, 'MiB')} "
              f"[{breakdown(processor_runs)}]")
        like_time = statistics.median(escale_ms) / statistics.median(processor_ms)
        like_memory = statistics.median(escale_mib) / statistics.median(processor_mib)
        print(f"Ratios to it, painted alike (medians): start-up {like_time:.2f}×, memory idle {like_memory:.2f}×")
        figures.update(processor_ms=processor_ms, processor_mib=processor_mib, like_time_ratio=like_time,
                       like_memory_ratio=like_memory)

    if options.ten_files:
        try:
            idle, after, opened = after_ten_files(options.escale, options.data, escale_environment, options.idle)
        except (OSError, LookupError, http.client.HTTPException) as error:
            # Seen when the window takes tens of seconds to appear: tauri-driver drops the session.
            print(f"\n{options.label}: could not be driven through WebDriver ({error!r}): no figure after ten files")
            idle = None
    if options.ten_files and idle is not None:
        print(f"\n{options.label} driven through WebDriver: PSS idle {idle[0]:.0f} MiB, after searching and opening "
              f"{opened} files {after[0]:.0f} MiB [{', '.join(f'{n} {v:.0f}' for n, v in sorted(after[1].items()))}]")
        figures.update(webdriver_idle_mib=idle[0], ten_files_mib=after[0])
        if empty_runs:
            ratio = after[0] / statistics.median(empty_mib)
            like = after[0] / statistics.median(processor_mib)
            print(f"Ratio after ten files to the empty window idle: {ratio:.2f}× (painted alike: {like:.2f}×)")
            figures.update(ten_files_ratio=ratio, like_ten_files_ratio=like)
    if options.json:
        with open(options.json, "a") as out:
            out.write(json.dumps(figures) + "\n")


if __name__ == "__main__":
    main()
