// A short confirmation after an action ("saved"), announced to screen readers.

import type { Arguments } from "./i18n.svelte";

export const toast = $state<{ message: { id: string; args?: Arguments } | null; serial: number }>({
  message: null,
  serial: 0,
});

let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(id: string, args?: Arguments): void {
  toast.message = { id, args };
  toast.serial += 1;
  clearTimeout(timer);
  timer = setTimeout(() => {
    toast.message = null;
  }, 5000);
}
