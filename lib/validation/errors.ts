// Field errors as forms show them: a list of messages per field path ("title", "tasks.0.title").
export type FieldErrors = Record<string, string[]>;

export function addFieldError(errors: FieldErrors, path: string, message: string): void {
  (errors[path] ??= []).push(message);
}
