// Every link of the app: Next's <Link> (client-side navigation), without prefetching unless a link
// asks for it. Prefetching a page here renders it on the server: every page reads the session and the
// database (nothing is prerendered), so an inbox of 30 tasks made 34 background page renders on each
// view, and a prefetched assignment of a secret directive was recorded as read by the inspection
// commission although nobody opened it (decision 0011). A click still shows the loading skeleton.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

export default Link;
