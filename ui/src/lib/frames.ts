// Work that may wait until what the page shows now is on screen.

/**
 * Runs `work` in a task of its own once the next frame has been painted: the first
 * `requestAnimationFrame` comes before that frame's layout and painting, the second one after
 * them, and the task then runs after the frame it would otherwise have held back.
 */
export function afterNextFrameShown(work: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(work)));
}
