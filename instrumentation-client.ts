// Runs in the browser before the app's own code. Zod compiles a faster parser with `new Function`
// unless told not to, and probes for it first: the CSP allows no 'unsafe-eval', so every page that
// validates a form on the client reported a `script-src eval` violation (caught and harmless, but
// noise that would hide a real one). The server keeps the compiled parsers; it has no CSP.
import { config } from "zod/v4/core";

config({ jitless: true });
