import path from "node:path";

// Built and served by bench:pages only. Its packages are the project's (node_modules two levels up
// the project root), so the project root is where Turbopack resolves from.
export default { poweredByHeader: false, turbopack: { root: path.resolve(import.meta.dirname, "../../../..") } };
