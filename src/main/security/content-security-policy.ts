/**
 * The renderer's Content Security Policy. index.html carries the same policy in a meta tag
 * (a test keeps the two equal); the app:// protocol and the browser preview also send it as
 * a header. Only our own bundled scripts run, and the page can only talk to its own origin.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
