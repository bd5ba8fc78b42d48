// The one door to the Rust side. Everything else imports the typed functions of
// `../generated/commands`, which call `invoke` below; nothing else imports @tauri-apps/api.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import type { ErrorDto } from "../generated/types";

/** A command that failed: the core's error, as a code to translate (`error-<code>`). */
export class BackendError extends Error {
  readonly dto: ErrorDto;

  constructor(dto: ErrorDto) {
    super(`Escale backend error: ${dto.code}`);
    this.name = "BackendError";
    this.dto = dto;
  }

  get code(): string {
    return this.dto.code;
  }

  /** The form field the error belongs to (camelCase input field name), if any. */
  get field(): string | null {
    return this.dto.field;
  }
}

/** The error every unknown failure becomes: a message, never a stack trace, for the mediator. */
export function unexpectedError(): ErrorDto {
  return { code: "unexpected", arguments: {}, field: null, alsoInvalid: [] };
}

/** An error as it comes over the bridge: its list of other broken rules may be absent. */
type LooseErrorDto = Omit<ErrorDto, "alsoInvalid" | "field"> & { field?: string | null; alsoInvalid?: unknown };

function isErrorDto(value: unknown): value is LooseErrorDto {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === "string" &&
    typeof candidate.arguments === "object" &&
    candidate.arguments !== null &&
    (candidate.field === null || candidate.field === undefined || typeof candidate.field === "string")
  );
}

/** An error the shell sent, with every broken rule it lists (none when it lists none). */
function asErrorDto(error: LooseErrorDto): ErrorDto {
  const others = Array.isArray(error.alsoInvalid) ? error.alsoInvalid.filter(isErrorDto).map(asErrorDto) : [];
  return { code: error.code, arguments: error.arguments, field: error.field ?? null, alsoInvalid: others };
}

/** Whatever was thrown, as an ErrorDto to show. */
export function toErrorDto(error: unknown): ErrorDto {
  if (error instanceof BackendError) return error.dto;
  if (isErrorDto(error)) return asErrorDto(error);
  return unexpectedError();
}

export async function invoke<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await tauriInvoke<T>(command, args);
  } catch (error) {
    if (isErrorDto(error)) {
      throw new BackendError(asErrorDto(error));
    }
    // A failure outside the core (bad arguments, no Tauri runtime…): keep the detail for
    // whoever opens the developer console, show the mediator a plain message.
    console.error(`command ${command} failed`, error);
    throw new BackendError(unexpectedError());
  }
}
