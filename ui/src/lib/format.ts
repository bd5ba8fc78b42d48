// Dates and names as shown on screen.

import type { Commune } from "../generated/types";
import { intlLocale, t } from "./i18n.svelte";

/** Today on this laptop, as the core stores days (YYYY-MM-DD, local time). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

export function currentYear(): number {
  return new Date().getFullYear();
}

// Intl formatters are slow to make (a few tenths of a millisecond each in WebKit, once per row
// of a list): each is made once per interface language and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

function kept<F extends Intl.DateTimeFormat | Intl.ListFormat>(kind: string, make: (locale: string) => F): F {
  const locale = intlLocale();
  const key = `${kind} ${locale}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Makes the date formatter of the interface language ahead of need. The first date formatter a
 * page makes costs about 12 ms in WebKit, whatever its options (ICU reads its date data then);
 * the window makes it while its first answers travel rather than while it writes the list's
 * rows. On two cores that saved a few milliseconds at most: the page is seldom idle then.
 */
export function prepareDateFormat(): void {
  formatDate("2000-01-01");
}

/** "14 mars 2025" from "2025-03-14", in the interface language. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return kept("date", (locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" })).format(date);
}

/** "14 mars 2025 à 16:05" from an RFC 3339 instant, in the laptop's time and the interface language. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return kept("date-time", (locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" })).format(date);
}

/** The person's name as typed, or the "anonymous person" label. */
export function personName(person: { anonymous: boolean; firstName: string; lastName: string }): string {
  const name = [person.firstName, person.lastName].filter((part) => part.trim() !== "").join(" ");
  return person.anonymous || name === "" ? t("person-anonymous") : name;
}

/** The name in Latin letters as on French documents ("Olena Shevchenko"), or "" when none was recorded. */
export function latinName(person: { anonymous: boolean; latinFirstName: string; latinLastName: string }): string {
  if (person.anonymous) return "";
  return [person.latinFirstName, person.latinLastName].filter((part) => part.trim() !== "").join(" ");
}

export function emptyCommune(): Commune {
  return { name: "", postalCode: "", inseeCode: "" };
}

/** "Saint-Denis (93200)", or the name alone. */
export function communeLabel(commune: Commune): string {
  if (!commune.name) return "";
  return commune.postalCode ? t("commune-with-postal-code", { name: commune.name, postalCode: commune.postalCode }) : commune.name;
}

/** "Ordinateur, Téléphone et Tablette", as the interface language writes lists. */
export function formatList(items: string[]): string {
  return kept("list", (locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" })).format(items);
}

/** A mediator as the list of this laptop's mediators names them: their name, or "Mediator no. N". */
export function mediatorLabel(store: { name: string }, index: number): string {
  return store.name || t("mediator-unnamed", { number: index + 1 });
}

/** The name of the mediator whose store is chosen; empty when none is. */
export function chosenMediatorLabel(status: { mediators: { id: string; name: string }[]; mediator: string | null }): string {
  const index = status.mediators.findIndex((store) => store.id === status.mediator);
  return index < 0 ? "" : mediatorLabel(status.mediators[index], index);
}
