// Where a core error is shown: next to its form field, or at the top of the form.

import type { ErrorDto } from "../generated/types";

/** The error when it belongs to one of `fields`, else null. */
export function errorFor(error: ErrorDto | null, ...fields: string[]): ErrorDto | null {
  return error?.field && fields.includes(error.field) ? error : null;
}

/** The error when no field of the form shows it, so the form's top shows it instead. */
export function errorOutsideFields(error: ErrorDto | null, fields: readonly string[]): ErrorDto | null {
  return error && !(error.field && fields.includes(error.field)) ? error : null;
}

/** A message from the interface itself (a light hint checked before calling the core). */
export function hint(code: string, field: string | null, args: Record<string, string> = {}): ErrorDto {
  return { code, arguments: args, field };
}

/**
 * Moves focus to the form control of the field with the error, or to the message at the top of
 * the form when no control shows it, so the mediator sees what to fix.
 */
export function focusField(field: string | null): void {
  // After the screen has updated (the control may be re-enabled or just shown).
  setTimeout(() => {
    const control = field ? document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) : null;
    (control ?? document.querySelector<HTMLElement>('[data-testid="form-error"]'))?.focus();
  }, 0);
}

/**
 * The error still to show after the mediator touched `target`: an error stays until one of its
 * own controls is edited (an element inside a `data-field`, or a `data-fields` list, naming it).
 */
export function errorAfterEdit(error: ErrorDto | null, target: EventTarget | null): ErrorDto | null {
  if (!error?.field || !(target instanceof Element)) return error;
  for (let element: Element | null = target; element; element = element.parentElement) {
    if (!(element instanceof HTMLElement)) continue;
    const fields = [element.dataset.field, ...(element.dataset.fields?.split(" ") ?? [])];
    if (fields.includes(error.field)) return null;
  }
  return error;
}

/** The shortest passphrase the core accepts (the core checks it again). */
export const MINIMUM_PASSPHRASE_LENGTH = 10;

/** What is wrong with a new passphrase typed twice, before asking the core; null when fine. */
export function newPassphraseProblem(
  passphrase: string,
  repeat: string,
  fields: { passphrase: string; repeat: string } = { passphrase: "passphrase", repeat: "passphraseRepeat" },
): ErrorDto | null {
  if (passphrase.length < MINIMUM_PASSPHRASE_LENGTH) {
    return hint("passphrase-too-short", fields.passphrase, { min: String(MINIMUM_PASSPHRASE_LENGTH) });
  }
  if (passphrase !== repeat) return hint("ui-passphrases-differ", fields.repeat);
  return null;
}

/** What is wrong with a new PIN typed twice (4 to 12 digits); null when fine. */
export function newPinProblem(pin: string, repeat: string): ErrorDto | null {
  if (!/^[0-9]{4,12}$/.test(pin)) return hint("pin-invalid", "pin");
  if (pin !== repeat) return hint("ui-pins-differ", "pinRepeat");
  return null;
}

/** A core error about a new secret, placed beside the field it concerns (the core's own
 * errors about secrets name no form field). */
export function besideSecretField(error: ErrorDto): ErrorDto {
  if (error.field) return error;
  if (error.code === "passphrase-too-short" || error.code === "passphrase-required") return { ...error, field: "passphrase" };
  if (error.code === "pin-invalid") return { ...error, field: "pin" };
  return error;
}
