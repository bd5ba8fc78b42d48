// The start-up benchmark (scripts/bench-startup.sh) times the window from the process start to
// the first list of people on screen. The Rust side writes the marks only when the benchmark asks
// for it (ESCALE_STARTUP_PROBE); otherwise this is one call that does nothing. The page notes a
// few moments of its own start on the way, sent with that call, to tell where the time goes.

import { firstScreenPainted } from "../generated/commands";
import type { PageMoment } from "../generated/types";

let reported = false;
const moments: PageMoment[] = [];

/** Notes that `name` happened now (a few moments of the start, never data). */
export function noteStartupMoment(name: string): void {
  if (!reported) moments.push({ name, atMs: performance.timeOrigin + performance.now() });
}

/** Called once the first page of the list is in the DOM: the frame after next is painted. */
export function reportFirstScreen(): void {
  if (reported) return;
  noteStartupMoment("list-in-dom");
  requestAnimationFrame(() => {
    noteStartupMoment("first-frame");
    requestAnimationFrame(() => {
      reported = true;
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      if (navigation) {
        moments.push({ name: "html-loaded", atMs: performance.timeOrigin + navigation.responseEnd });
        moments.push({ name: "dom-content-loaded", atMs: performance.timeOrigin + navigation.domContentLoadedEventEnd });
      }
      for (const resource of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
        const file = resource.name.split("/").pop()?.split("-")[0] ?? "resource";
        moments.push({ name: `loaded-${file}`, atMs: performance.timeOrigin + resource.responseEnd });
      }
      firstScreenPainted(moments).catch(() => {});
    });
  });
}
