// Names and facts of procedures as the screens show them. Shipped entries are named by Fluent
// (`procedure-kind-<id>`), a structure's own entries keep the label they were given.

import type { CatalogueEntry, ProcedureStatus, Theme } from "../../generated/types";
import { ADMINISTRATIVE_THEMES, PROCEDURE_STATUSES, PROCEDURE_TRANSITIONS } from "../../generated/vocabulary";
import { label } from "../../lib/i18n.svelte";

/** The name of a procedure's kind (a procedure or a follow-up item). */
export function kindLabel(procedure: { kind: string; customKindLabel: string | null }): string {
  return procedure.customKindLabel ?? label("procedure-kind", procedure.kind);
}

/** The name of a catalogue entry. */
export function entryLabel(entry: CatalogueEntry): string {
  return entry.customLabel ?? label("procedure-kind", entry.id);
}

export function organisationLabel(id: string): string {
  return label("procedure-organisation", id);
}

export function documentLabel(id: string): string {
  return label("procedure-document", id);
}

/** Accepted, refused and dropped: nothing follows them but an explicit reopening. */
export function isClosed(status: ProcedureStatus): boolean {
  return PROCEDURE_TRANSITIONS[status].length === 0;
}

/** The statuses a closed procedure may be reopened into (the core checks it again). */
export const REOPENING_STATUSES: readonly ProcedureStatus[] = PROCEDURE_STATUSES.filter((status) => !isClosed(status));

/** Text as a search compares it: lower case, without accents, apostrophes or dashes. */
export function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'‘`\-–—_()]/g, " ");
}

/** Whether every typed word appears somewhere in the texts, in any order ("rsa caf" finds "CAF — RSA"). */
export function matchesQuery(texts: string[], query: string): boolean {
  const words = folded(query).split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return true;
  const haystack = folded(texts.join(" "));
  return words.every((word) => haystack.includes(word));
}

/** What a search of the catalogue looks at: the name, who handles it, its theme. */
export function entrySearchTexts(entry: CatalogueEntry): string[] {
  const texts = [entryLabel(entry), label("theme", entry.theme)];
  if (entry.organisation) texts.push(organisationLabel(entry.organisation));
  return texts;
}

/** Entries grouped by administrative theme, in the national order, empty groups left out. */
export function byTheme(entries: CatalogueEntry[]): { theme: Theme; entries: CatalogueEntry[] }[] {
  return ADMINISTRATIVE_THEMES.map((theme) => ({ theme, entries: entries.filter((entry) => entry.theme === theme) })).filter(
    (group) => group.entries.length > 0,
  );
}
