import type { CreationQuota } from '../../shared/ipc/contracts/meeting-create-contract'
import type { QuotaStore } from './quota-file'

/** Zoom allows each host 100 meeting creates or updates a day, reset at 00:00 UTC. */
export const dailyMeetingLimit = 100

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10)
}

function nextUtcMidnight(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1))
}

/**
 * Counts meetings created through Headcount per account, host and UTC day. It cannot see
 * meetings made elsewhere (the Zoom app, other tools), so the window says "about N left".
 */
export class CreationQuotaCounter {
  private readonly counts: Map<string, number>
  private readonly blocked = new Map<string, Date>()

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly store?: QuotaStore
  ) {
    this.counts = new Map(Object.entries(store?.load() ?? {}))
  }

  private key(accountKey: string, hostEmail: string): string {
    return `${accountKey}\n${hostEmail.toLowerCase()}\n${utcDay(this.now())}`
  }

  record(accountKey: string, hostEmail: string): void {
    const key = this.key(accountKey, hostEmail)
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    // Only today's counts matter; older days are dropped before saving.
    const today = `\n${utcDay(this.now())}`
    for (const old of [...this.counts.keys()].filter((k) => !k.endsWith(today))) {
      this.counts.delete(old)
    }
    this.store?.save(Object.fromEntries(this.counts))
  }

  /** Zoom said the limit is used up: show zero left until it resets. */
  block(accountKey: string, hostEmail: string, until: Date): void {
    this.blocked.set(this.key(accountKey, hostEmail), until)
  }

  quota(accountKey: string, hostEmail: string): CreationQuota {
    const now = this.now()
    const key = this.key(accountKey, hostEmail)
    const createdToday = this.counts.get(key) ?? 0
    const until = this.blocked.get(key)
    const blockedUntil = until && until.getTime() > now.getTime() ? until : null
    return {
      hostEmail: hostEmail.toLowerCase(),
      createdToday,
      limit: dailyMeetingLimit,
      left: blockedUntil ? 0 : Math.max(0, dailyMeetingLimit - createdToday),
      resetsAt: nextUtcMidnight(now).toISOString(),
      blockedUntil: blockedUntil ? blockedUntil.toISOString() : null
    }
  }
}
