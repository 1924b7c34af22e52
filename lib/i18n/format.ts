// Filling a catalogue sentence's {placeholders}. Kept apart from the catalogue itself so a small
// client component can use it without shipping every sentence to the browser.
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
