/**
 * `scheme://host[:port]` of a URL, or null. Node's URL reports the origin of custom schemes
 * such as app:// as "null", so origins are compared in this form everywhere instead.
 */
export function originOf(raw: string): string | null {
  try {
    const url = new URL(raw)
    if (url.host === '') return null
    return `${url.protocol}//${url.host}`
  } catch {
    return null
  }
}
