// The one catalogue of everything a person reads, in Vietnamese. Components and actions take
// their words from here, so an English catalogue can follow without touching them. Sections
// live in ./vi/ by area; this file joins them. A client component that is on every page (the shell,
// the error boundaries) imports only the section it needs, to keep the browser's download small.
import { common } from "./vi/common";
import { ui } from "./vi/ui";
import { domain } from "./vi/domain";
import { pages } from "./vi/pages";
import { editor } from "./vi/editor";
import { work } from "./vi/work";
import { dashboard } from "./vi/dashboard";
import { parser } from "./vi/parser";
import { maintenance } from "./vi/maintenance";
import { security } from "./vi/security";
import { admin } from "./vi/admin";

export const messages = { ...common, ...ui, ...domain, ...pages, ...editor, ...work, ...dashboard, ...parser, ...maintenance, ...security, ...admin } as const;

/** Fills {name} placeholders: format("Còn {n} ngày", { n: 3 }). */
export { format } from "./format";
