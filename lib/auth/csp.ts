// The Content-Security-Policy of every page, with a fresh nonce per request (proxy.ts). Next
// puts the nonce on its own scripts when it finds this header on the request. Styles: the
// stylesheets are files of this site; inline <style> needs the nonce; style="" attributes (a few
// components set widths) are allowed, they cannot run code.
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
