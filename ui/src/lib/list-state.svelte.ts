// The beneficiaries list keeps its query while a file is open, so going back finds it as it was.

import { searchBeneficiaries } from "../generated/commands";
import type { BeneficiarySummary } from "../generated/types";

/** How many people a page of the list holds. */
export const LIST_PAGE = 50;

export const listState = $state({ query: "", activeIndex: 0 });

/** Forgets the query when the store closes: the next mediator must not see what was typed. */
export function forgetListState(): void {
  listState.query = "";
  listState.activeIndex = 0;
  firstPage = null;
}

// When the window opens, the list's first page is asked for together with the window's status,
// rather than once the status has come back and the list is mounted: the two answers travel at
// once (about 30 ms sooner on a two-core laptop). While no store is open (a passphrase to type,
// a mediator to choose) that early question is refused, and the list asks again when it shows.
let firstPage: Promise<BeneficiarySummary[]> | null = null;

export function askFirstPageEarly(): void {
  firstPage = searchBeneficiaries("", LIST_PAGE);
  // Refused while the store is closed: nothing to report, the list asks again.
  firstPage.catch(() => {});
}

/** Settles with the page asked for early (answered or refused): the window waits for it before
 *  its first screen, so the list shows with its people in one painting, not empty first. */
export function firstPageSettled(): Promise<void> {
  return firstPage ? firstPage.then(() => undefined, () => undefined) : Promise.resolve();
}

/** The page asked for early, once; `null` afterwards (every later search asks the store). */
export function takeFirstPage(): Promise<BeneficiarySummary[]> | null {
  const page = firstPage;
  firstPage = null;
  return page;
}
