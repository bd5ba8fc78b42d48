// The start-up benchmark (scripts/bench-startup.sh) times the window from the process start to
// the first list of people on screen. The Rust side writes the mark only when the benchmark asks
// for it (ESCALE_STARTUP_PROBE); otherwise this is one call that does nothing.

import { firstScreenPainted } from "../generated/commands";

let reported = false;

/** Called once the first page of the list is in the DOM: the frame after next is painted. */
export function reportFirstScreen(): void {
  if (reported) return;
  reported = true;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      firstScreenPainted().catch(() => {});
    }),
  );
}
