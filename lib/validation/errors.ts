// Field errors as forms show them: a list of messages per field path ("title", "tasks.0.title").
export type FieldErrors = Record<string, string[]>;

export function addFieldError(errors: FieldErrors, path: string, message: string): void {
  (errors[path] ??= []).push(message);
}

/** A schema's issues as field errors; an issue without a path belongs to the form. */
export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) addFieldError(errors, issue.path.map(String).join(".") || "form", issue.message);
  return errors;
}
