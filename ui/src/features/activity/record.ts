// The accompaniment and workshop form's choices: what comes first, and what is sent.

import type { AgeBand, BeneficiarySummary, ErrorDto, Gender, Place, PlaceType, SocialStatus, Theme } from "../../generated/types";
import { ADMINISTRATIVE_THEMES, DURATION_PRESETS_MINUTES, THEMES } from "../../generated/vocabulary";
import { hint } from "../../lib/errors";

export type PickedPerson =
  | { kind: "known"; person: BeneficiarySummary }
  | { kind: "new"; typed: string }
  | { kind: "anonymous" };

export const PROCEDURE_HELP: Theme = "aide_aux_demarches_administratives";

/** How many themes show before "other themes": two short rows on a 1366-pixel-wide screen. */
export const THEMES_SHOWN_FIRST = 7;
/** How many domains of an administrative procedure show before "other domains": one row. */
export const DOMAINS_SHOWN_FIRST = 4;

/** `all` with the ones in `used` first, in their order of use, then the others in their own order. */
export function usedFirst<T>(all: readonly T[], used: readonly T[]): T[] {
  const known = used.filter((item) => all.includes(item));
  return [...known, ...all.filter((item) => !known.includes(item))];
}

/** The digital-mediation themes, most used first. */
export function digitalThemes(used: readonly Theme[]): Theme[] {
  return usedFirst(THEMES.filter((theme) => !ADMINISTRATIVE_THEMES.includes(theme)), used);
}

/** The administrative domains, most used first. */
export function administrativeThemes(used: readonly Theme[]): Theme[] {
  return usedFirst(ADMINISTRATIVE_THEMES, used);
}

/** The durations offered: those used most first (a habit of 20 minutes included), then the presets. */
export function durationChoices(used: readonly number[]): number[] {
  const habits = used.filter((minutes) => minutes >= 1 && minutes <= 1440).slice(0, 3);
  return usedFirst([...new Set([...habits, ...DURATION_PRESETS_MINUTES])], habits).slice(0, 6);
}

/** One value of the place field: a named place of activity, or a kind of place without a name. */
export type PlaceChoice = `place:${string}` | Exclude<PlaceType, "lieu_activite"> | "";

export function placeChoiceOf(placeType: PlaceType, placeId: string | null, places: Place[]): PlaceChoice {
  if (placeType !== "lieu_activite") return placeType;
  return placeId && places.some((place) => place.id === placeId) ? `place:${placeId}` : "";
}

export function placeTypeOf(choice: PlaceChoice): PlaceType {
  return choice.startsWith("place:") || choice === "" ? "lieu_activite" : (choice as PlaceType);
}

export function placeIdOf(choice: PlaceChoice): string | null {
  return choice.startsWith("place:") ? choice.slice("place:".length) : null;
}

/** Anonymous participants as typed: each count a text field. */
export type TypedCounts = {
  total: string;
  alreadyAccompanied: string;
  byGender: Partial<Record<Gender, string>>;
  byAgeBand: Partial<Record<AgeBand, string>>;
  bySocialStatus: Partial<Record<SocialStatus, string>>;
};

export function emptyCounts(): TypedCounts {
  return { total: "", alreadyAccompanied: "", byGender: {}, byAgeBand: {}, bySocialStatus: {} };
}

/** The largest count the core reads (a 32-bit number); the national ceiling is far below. */
const LARGEST_COUNT = 4_294_967_295;

/** A typed count: empty is 0; anything but digits, or a number too large to read, is a hint. */
export function parseCount(typed: string | undefined, field: string): number | ErrorDto {
  const text = (typed ?? "").trim();
  if (text === "") return 0;
  if (!/^\d+$/.test(text) || Number(text) > LARGEST_COUNT) return hint("ui-count-invalid", field);
  return Number(text);
}
