// The screen turned toward one person. Kept here so that the person's file (which turns it) and
// the app (which then shows nothing else) share it. The Rust side holds the same fact and
// refuses every other command until the mediator comes back, so a reloaded page shows the view
// again and a script in the page cannot leave it.

import { personView } from "../../generated/commands";
import type { PersonView } from "../../generated/types";
import { showWindowIn } from "../../lib/i18n.svelte";
import { stopEveryReading } from "./reading.svelte";

export const turned = $state<{ view: PersonView | null }>({ view: null });

/**
 * Turns the screen toward person `id` (null: toward the person it is turned toward already, when
 * the page was loaded again): the whole window in their language.
 */
export async function turnScreenToward(id: string | null): Promise<void> {
  const view = await personView(id);
  await showWindowIn(view.language);
  turned.view = view;
}

/** Back to the mediator's screens and language, once the core accepted the mediator's secret. */
export function turnScreenBack(): void {
  stopEveryReading();
  turned.view = null;
  void showWindowIn(null);
}
