// The periods the statistics screen offers, computed from today's day (YYYY-MM-DD, as the
// core stores days) without time zones: a day is a day wherever the laptop is set.

export type PeriodChoice = "this-month" | "last-month" | "this-year" | "custom";

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first and last days of a choice; "custom" keeps this month as its starting point. */
export function periodOf(choice: PeriodChoice, today: string): { from: string; to: string } {
  const [year, month] = today.split("-").map(Number);
  switch (choice) {
    case "last-month": {
      const previousYear = month === 1 ? year - 1 : year;
      const previousMonth = month === 1 ? 12 : month - 1;
      // Day 0 of a month is the last day of the month before it.
      const lastDay = new Date(Date.UTC(year, month - 1, 0)).getUTCDate();
      return { from: iso(previousYear, previousMonth, 1), to: iso(previousYear, previousMonth, lastDay) };
    }
    case "this-year":
      return { from: iso(year, 1, 1), to: today };
    case "this-month":
    case "custom":
      return { from: iso(year, month, 1), to: today };
  }
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "novembre 2026" (a table's row) or "nov." (under a bar of the chart, where twelve must fit
 * side by side; the table beside it gives the year) from the month's first day, in the
 * interface language.
 */
export function monthName(firstDay: string, locale: string, width: "narrow" | "long"): string {
  const key = `${locale} ${width}`;
  let formatter = monthFormatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      width === "long" ? { month: "long", year: "numeric", timeZone: "UTC" } : { month: "short", timeZone: "UTC" };
    formatter = new Intl.DateTimeFormat(locale, options);
    monthFormatters.set(key, formatter);
  }
  const [year, month] = firstDay.split("-").map(Number);
  return formatter.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The months a report can be made of, newest first ("2026-11", "2026-10"…): this month and the `count - 1` before it. */
export function reportMonths(today: string, count: number): string[] {
  const [year, month] = today.split("-").map(Number);
  const months: string[] = [];
  for (let back = 0; back < count; back++) {
    const index = year * 12 + (month - 1) - back;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}
