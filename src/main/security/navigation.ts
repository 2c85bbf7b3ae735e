/** In-window navigation may only stay on the app's own origin (compared parsed, never by prefix). */
export function isSameOriginNavigation(targetUrl: string, appOrigin: string): boolean {
  try {
    return new URL(targetUrl).origin === appOrigin
  } catch {
    return false
  }
}
