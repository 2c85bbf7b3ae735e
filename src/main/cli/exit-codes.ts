import type { AppError } from '../../shared/app-error'
import { forTerminal } from '../zoom'

/** Exit codes scripts can branch on; documented in `headcount --help`. */
export const exitCodes = {
  ok: 0,
  failed: 1,
  usage: 2,
  access: 3,
  notFound: 4,
  limited: 5
} as const

export function exitCodeFor(error: AppError): number {
  switch (error.code) {
    case 'invalid-input':
      return exitCodes.usage
    case 'auth':
    case 'missing-scopes':
      return exitCodes.access
    case 'not-found':
      return exitCodes.notFound
    case 'rate-limited':
    case 'daily-limit':
      return exitCodes.limited
    default:
      return exitCodes.failed
  }
}

/** One plain sentence (or two) for a terminal: the problem, then the fix as done in a shell. */
export function errorLine(error: AppError): string {
  const parts = [error.message, forTerminal(error.remedy ?? '')]
    .map((part) => sentence(part))
    .filter(Boolean)
  return parts.join(' ')
}

function sentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return ''
  return /[.!?"')]$/.test(flat) ? flat : `${flat}.`
}
