// Tells the benchmark when the page is on screen: the frame after the next one has been painted.
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("first_paint")),
);
