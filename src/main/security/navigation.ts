import { originOf } from './origin'

/** In-window navigation may only stay on the app's own origin (compared parsed, never by prefix). */
export function isSameOriginNavigation(targetUrl: string, appOrigin: string): boolean {
  const origin = originOf(targetUrl)
  return origin !== null && origin === appOrigin
}
