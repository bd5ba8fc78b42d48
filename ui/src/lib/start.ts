// The window's first questions to the core: its status (which screen to show) and the list's
// first page are asked for as soon as the script runs, while the interface's words are still
// being read, and the app is mounted once both are back. Mounted before them, the window could
// paint a frame of "Loading…" in between, replaced at once by the list: now the first screen
// is one painting. (Measured on two cores, the list came no sooner: the page's own work, not
// the answers, is what the first screen waits for.)

import { appStatus } from "../generated/commands";
import type { AppStatus } from "../generated/types";
import { askFirstPageEarly, firstPageSettled } from "./list-state.svelte";

let earlyStatus: Promise<AppStatus> | null = null;

/** Asks for the status and the list's first page, once, when the script starts. */
export function askStartEarly(): void {
  earlyStatus = appStatus();
  // An error is shown by the window when it takes this answer (`takeEarlyStatus`).
  earlyStatus.catch(() => {});
  askFirstPageEarly();
}

/**
 * Settles when both early answers are back, or after `patienceMs` at most: a store still
 * opening (a slow keyring) must not leave the window blank, it shows "Loading…" meanwhile.
 */
export function startAnswered(patienceMs: number): Promise<void> {
  const both = Promise.all([earlyStatus?.then(ignore, ignore), firstPageSettled()]);
  return Promise.race([both.then(ignore), new Promise<void>((resolve) => setTimeout(resolve, patienceMs))]);
}

/** The status asked for at start, once; `null` afterwards (a retry asks the core again). */
export function takeEarlyStatus(): Promise<AppStatus> | null {
  const status = earlyStatus;
  earlyStatus = null;
  return status;
}

function ignore(): void {}
