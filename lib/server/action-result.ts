// What every write returns to the form that asked for it: success with a value, or a Vietnamese
// message for the form and one per field. Nothing is stored when the answer is not ok.
import type { FieldErrors } from "@/lib/validation/errors";

export type ActionResult<T = undefined> =
  | { ok: true; value: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors };

export function fail(message: string, fieldErrors: FieldErrors = {}): { ok: false; message: string; fieldErrors: FieldErrors } {
  return { ok: false, message, fieldErrors };
}

/** Thrown inside a transaction to abandon it with a message for the person. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}
