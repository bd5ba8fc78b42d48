// Tells the benchmark when the page is on screen: the frame after the next one has been painted,
// with the moment its HTML had arrived (as Escale's page reports it), to compare the two starts
// step by step.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    const navigation = performance.getEntriesByType("navigation")[0];
    const htmlLoadedMs = navigation ? performance.timeOrigin + navigation.responseEnd : null;
    window.__TAURI_INTERNALS__.invoke("first_paint", { htmlLoadedMs });
  }),
);
