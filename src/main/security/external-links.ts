/**
 * `shell.openExternal` can run protocol handlers, so only https links to Zoom's own sites
 * ever reach it. Hosts match exactly or as a true subdomain (`us02web.zoom.us`), never by
 * prefix, so `zoom.us.evil.com` is refused. The OS gets the parsed `URL.href`, and only when
 * it equals the text given: WHATWG and the OS can read the same raw string differently
 * (`https://zoom.us\@evil.com/` is zoom.us to the parser), so no rewriting is trusted.
 */
const allowedHosts = ['zoom.us', 'zoom.com', 'marketplace.zoom.us', 'developers.zoom.us']

/** The normalised link to hand to the OS, or null when it must not be opened. */
export function externalUrlToOpen(raw: string): string | null {
  const text = raw.trim()
  if (text.includes('\\')) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.href !== text) return null
  if (url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  if (url.port !== '') return null
  const host = url.hostname
  const allowed = allowedHosts.some((name) => host === name || host.endsWith(`.${name}`))
  return allowed ? url.href : null
}

export function isAllowedExternalUrl(raw: string): boolean {
  return externalUrlToOpen(raw) !== null
}
