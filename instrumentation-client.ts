// Runs in the browser before the app's own code. Zod compiles a faster parser with `new Function`
// unless told not to, and probes for it first: the CSP allows no 'unsafe-eval', so every page that
// validates a form on the client reported a `script-src eval` violation (caught and harmless, but
// noise that would hide a real one). The server keeps the compiled parsers; it has no CSP.
//
// Zod keeps its settings on `globalThis.__zod_globalConfig` (zod/v4/core/core.js) and takes the object
// it finds there: setting it here, instead of importing zod's `config`, keeps zod's core (5 KB
// gzipped) out of pages that validate nothing — the inbox among them (tests/e2e/budget.spec.ts).
const scope = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
Object.assign((scope.__zod_globalConfig ??= {}), { jitless: true });

export {};
