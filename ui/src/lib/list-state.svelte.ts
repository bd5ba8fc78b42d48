// The beneficiaries list keeps its query while a file is open, so going back finds it as it was.

export const listState = $state({ query: "", activeIndex: 0 });

/** Forgets the query when the store closes: the next mediator must not see what was typed. */
export function forgetListState(): void {
  listState.query = "";
  listState.activeIndex = 0;
}
