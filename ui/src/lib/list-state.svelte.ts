// The beneficiaries list keeps its query while a file is open, so going back finds it as it was.

export const listState = $state({ query: "", activeIndex: 0 });
