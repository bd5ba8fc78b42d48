import type { PaperKind } from "../../generated/types";

/** A paper to print: which one, for what (an accompaniment, a procedure, a person), and the
 * language beside French offered first (the person's document language). */
export type Paper = { kind: PaperKind; id: string; language: string };
