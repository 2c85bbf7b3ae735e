/**
 * The renderer's Content Security Policy. index.html carries the document part in a meta tag
 * (a test keeps the two equal), so the policy holds even where no header can be added; the
 * app:// protocol and the browser preview send the whole policy as a header. Only our own
 * bundled scripts run, and the page can only talk to its own origin.
 */
const documentDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
]

/** Browsers ignore these in a meta tag (and warn in the console), so only the header has them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"]

/** What index.html's meta tag says. */
export const metaContentSecurityPolicy = documentDirectives.join('; ')

/** What every response that serves the window sends as its Content-Security-Policy header. */
export const contentSecurityPolicy = [...documentDirectives, ...headerOnlyDirectives].join('; ')
