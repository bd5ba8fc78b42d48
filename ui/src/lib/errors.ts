// Where a core error is shown: next to its form field, or at the top of the form.

import type { ErrorDto } from "../generated/types";

/** Every broken rule an answer carries: refused input lists them all, first to last. */
export function everyError(error: ErrorDto | null): ErrorDto[] {
  return error ? [error, ...error.alsoInvalid] : [];
}

/** One answer made of several broken rules (null when there is none left). */
function combined(errors: ErrorDto[]): ErrorDto | null {
  const [first, ...others] = errors;
  return first ? { ...first, alsoInvalid: others.map((other) => ({ ...other, alsoInvalid: [] })) } : null;
}

/** The broken rule that belongs to one of `fields`, else null. */
export function errorFor(error: ErrorDto | null, ...fields: string[]): ErrorDto | null {
  return everyError(error).find((each) => each.field !== null && fields.includes(each.field)) ?? null;
}

/** The first broken rule that no field of the form shows, so the form's top shows it instead. */
export function errorOutsideFields(error: ErrorDto | null, fields: readonly string[]): ErrorDto | null {
  return everyError(error).find((each) => !(each.field && fields.includes(each.field))) ?? null;
}

/** A message from the interface itself (a light hint checked before calling the core). */
export function hint(code: string, field: string | null, args: Record<string, string> = {}): ErrorDto {
  return { code, arguments: args, field, alsoInvalid: [] };
}

/** Hints checked in the interface joined into one answer, null when every hint is null. */
export function hints(...found: (ErrorDto | null)[]): ErrorDto | null {
  return combined(found.filter((each): each is ErrorDto => each !== null));
}

/**
 * Moves focus to the form control of the field with the error, or to the message at the top of
 * the form when no control shows it, so the mediator sees what to fix. `within` is the form,
 * when a screen has several forms with the same field names.
 */
export function focusField(field: string | null, within: ParentNode = document): void {
  // After the screen has updated (the control may be re-enabled or just shown).
  setTimeout(() => {
    const control = field ? within.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) : null;
    (control ?? within.querySelector<HTMLElement>('[data-testid="form-error"]'))?.focus();
  }, 0);
}

/**
 * The errors still to show after the mediator touched `target`: each broken rule stays until one
 * of its own controls is edited (an element inside a `data-field`, or a `data-fields` list,
 * naming it); the others stay beside their fields.
 */
export function errorAfterEdit(error: ErrorDto | null, target: EventTarget | null): ErrorDto | null {
  if (!error || !(target instanceof Element)) return error;
  const touched = new Set<string>();
  for (let element: Element | null = target; element; element = element.parentElement) {
    if (!(element instanceof HTMLElement)) continue;
    for (const field of [element.dataset.field, ...(element.dataset.fields?.split(" ") ?? [])]) {
      if (field) touched.add(field);
    }
  }
  const remaining = everyError(error).filter((each) => !(each.field && touched.has(each.field)));
  return remaining.length === everyError(error).length ? error : combined(remaining);
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
