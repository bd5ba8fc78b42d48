// Days typed and shown as the interface language writes them ("14/03/2025" in French and British
// English), whatever the laptop's own locale: a native date field follows the system's locale in
// WebKitGTK, so the forms use a text field with this format.

import { intlLocale } from "./i18n.svelte";

type Part = "day" | "month" | "year";

/** The order of day, month and year, and the separator, in the interface language. */
function layout(): { order: Part[]; separator: string } {
  const parts = new Intl.DateTimeFormat(intlLocale(), { day: "2-digit", month: "2-digit", year: "numeric" })
    .formatToParts(new Date(2025, 2, 14));
  const order = parts.filter((part) => part.type === "day" || part.type === "month" || part.type === "year")
    .map((part) => part.type as Part);
  const separator = withoutDirectionMarks(parts.find((part) => part.type === "literal")?.value ?? "").trim() || "/";
  return { order: order.length === 3 ? order : ["day", "month", "year"], separator };
}

/**
 * Right-to-left formats put invisible direction marks around the separators ("14\u200f/03…" in
 * Arabic): they are not part of what a person types, and would make the typed day unreadable.
 */
function withoutDirectionMarks(text: string): string {
  return text.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, "");
}

/** Digits of other scripts (Arabic-Indic, Persian) read as 0-9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

/** "14/03/2025" for "2025-03-14": the day as the interface language writes it in a field. */
export function dayForField(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const values: Record<Part, string> = { year: match[1], month: match[2], day: match[3] };
  const { order, separator } = layout();
  return order.map((part) => values[part]).join(separator);
}

/** What to show as the field's expected format ("jj/mm/aaaa"), from a translated letter per part. */
export function dayPattern(letters: Record<Part, string>): string {
  const { order, separator } = layout();
  const lengths: Record<Part, number> = { day: 2, month: 2, year: 4 };
  return order.map((part) => letters[part].repeat(lengths[part])).join(separator);
}

/**
 * "2025-03-14" from what was typed in the interface language's order ("14/3/2025", "14.03.2025",
 * "14 03 2025"), or an ISO day; null when it is not a real day.
 */
export function parseTypedDay(typed: string): string | null {
  const text = westernDigits(withoutDirectionMarks(typed).trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let year: number, month: number, day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const numbers = text.split(/[\s./\-]+/).filter((piece) => piece !== "");
    if (numbers.length !== 3 || numbers.some((piece) => !/^\d{1,4}$/.test(piece))) return null;
    const values: Partial<Record<Part, number>> = {};
    layout().order.forEach((part, index) => (values[part] = Number(numbers[index])));
    [year, month, day] = [values.year ?? 0, values.month ?? 0, values.day ?? 0];
    // A two-digit year is this century's.
    if (numbers[layout().order.indexOf("year")].length === 2) year += 2000;
  }
  const date = new Date(year, month - 1, day);
  if (year < 1900 || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "samedi 14 mars 2025": the day in words, to confirm what was typed. */
export function dayInWords(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return "";
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(intlLocale(), { weekday: "long", day: "numeric", month: "long", year: "numeric" })
    .format(date);
}
