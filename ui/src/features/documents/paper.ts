import type { PaperKind } from "../../generated/types";

/** A paper to print: which one, for what (an accompaniment, a procedure, a person, a month
 * "2026-10" for the monthly report), and the language beside French offered first (the
 * person's document language). `placeId`: the one place a monthly report is about. */
export type Paper = { kind: PaperKind; id: string; language: string; placeId?: string | null };
