// A short confirmation after an action ("saved"), announced to screen readers. A toast may
// carry one action, "Undo", for changes that are easy to make by mistake (a deletion, a merge):
// it then stays longer, and does not vanish while the pointer or the focus is on it.

import type { Arguments } from "./i18n.svelte";

export interface ToastAction {
  /** Fluent id of the button's label. */
  labelId: string;
  run: () => void | Promise<void>;
}

export const toast = $state<{
  message: { id: string; args?: Arguments } | null;
  action: ToastAction | null;
  serial: number;
}>({
  message: null,
  action: null,
  serial: 0,
});

let timer: ReturnType<typeof setTimeout> | undefined;

/** How long a toast stays: longer when it offers to undo, so there is time to read and act. */
const PLAIN_MS = 5000;
const WITH_ACTION_MS = 12000;

export function showToast(id: string, args?: Arguments, action: ToastAction | null = null): void {
  toast.message = { id, args };
  toast.action = action;
  toast.serial += 1;
  restartToastTimer();
}

/** Starts the countdown again (after the pointer or the focus leaves the toast). */
export function restartToastTimer(): void {
  clearTimeout(timer);
  timer = setTimeout(hideToast, toast.action ? WITH_ACTION_MS : PLAIN_MS);
}

/** Keeps the toast while someone is reading it or about to press its button. */
export function holdToast(): void {
  clearTimeout(timer);
}

export function hideToast(): void {
  clearTimeout(timer);
  toast.message = null;
  toast.action = null;
}

/** Runs the toast's action (its button, or Ctrl+Z outside a text field) once. */
export async function runToastAction(): Promise<void> {
  const action = toast.action;
  hideToast();
  await action?.run();
}
