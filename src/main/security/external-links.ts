/**
 * `shell.openExternal` can run protocol handlers, so only https links to Zoom's own sites
 * ever reach it. Hosts match exactly or as a true subdomain (`us02web.zoom.us`), never by
 * prefix, so `zoom.us.evil.com` is refused.
 */
const allowedHosts = ['zoom.us', 'zoom.com', 'marketplace.zoom.us', 'developers.zoom.us']

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '') return false
  if (url.port !== '') return false
  const host = url.hostname.toLowerCase()
  return allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
}
