import type { CreationQuota } from '../../shared/ipc/contracts/meeting-create-contract'
import type { QuotaStore } from './quota-file'

/** Zoom allows each host 100 meeting creates or updates a day, reset at 00:00 UTC. */
export const dailyMeetingLimit = 100

/**
 * Counts meetings created through Headcount per account, host and UTC day. It cannot see
 * meetings made elsewhere (the Zoom app, other tools), so the window says "about N left".
 */
export interface CreationQuotaCounter {
  record(accountKey: string, hostEmail: string): void
  /** Zoom said the limit is used up: show zero left until it resets. */
  block(accountKey: string, hostEmail: string, until: Date): void
  quota(accountKey: string, hostEmail: string): CreationQuota
}

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10)
}

function nextUtcMidnight(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1))
}

export function createCreationQuotaCounter(
  deps: { now?: () => Date; store?: QuotaStore } = {}
): CreationQuotaCounter {
  const now = deps.now ?? (() => new Date())
  const counts = new Map<string, number>(Object.entries(deps.store?.load() ?? {}))
  const blocked = new Map<string, Date>()
  const keyOf = (accountKey: string, hostEmail: string): string =>
    `${accountKey}\n${hostEmail.toLowerCase()}\n${utcDay(now())}`

  return {
    record(accountKey, hostEmail) {
      const key = keyOf(accountKey, hostEmail)
      counts.set(key, (counts.get(key) ?? 0) + 1)
      // Only today's counts matter; older days are dropped before saving.
      const today = `\n${utcDay(now())}`
      for (const old of [...counts.keys()].filter((k) => !k.endsWith(today))) counts.delete(old)
      deps.store?.save(Object.fromEntries(counts))
    },
    block(accountKey, hostEmail, until) {
      blocked.set(keyOf(accountKey, hostEmail), until)
    },
    quota(accountKey, hostEmail) {
      const at = now()
      const key = keyOf(accountKey, hostEmail)
      const createdToday = counts.get(key) ?? 0
      const until = blocked.get(key)
      const blockedUntil = until && until.getTime() > at.getTime() ? until : null
      return {
        hostEmail: hostEmail.toLowerCase(),
        createdToday,
        limit: dailyMeetingLimit,
        left: blockedUntil ? 0 : Math.max(0, dailyMeetingLimit - createdToday),
        resetsAt: nextUtcMidnight(at).toISOString(),
        blockedUntil: blockedUntil ? blockedUntil.toISOString() : null
      }
    }
  }
}
