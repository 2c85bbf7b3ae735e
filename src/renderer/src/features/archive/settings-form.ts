/**
 * The archive settings as the admin types them, checked in plain words before anything is
 * sent: how often to sync, and how many months to keep. Fields are text while typed, so a
 * half-typed number is never lost or silently changed.
 */
import type { ArchiveSettings } from '@shared/ipc/contracts/archive-contract'

export const hoursRange = { min: 1, max: 168 } as const
export const monthsRange = { min: 1, max: 600 } as const

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string }

function wholeNumber(text: string, range: { min: number; max: number }): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value >= range.min && value <= range.max ? value : null
}

export function checkEveryHours(text: string): Checked<number> {
  const value = wholeNumber(text, hoursRange)
  return value === null
    ? { ok: false, error: 'Enter a whole number of hours from 1 to 168 (one week), such as 6.' }
    : { ok: true, value }
}

export function checkMonths(text: string): Checked<number> {
  const value = wholeNumber(text, monthsRange)
  return value === null
    ? { ok: false, error: 'Enter a whole number of months from 1 to 600, such as 24.' }
    : { ok: true, value }
}

/** The first day that is kept with this retention; sessions before it are deleted. */
export function keptFrom(months: number, now = new Date()): Date {
  const cutoff = new Date(now)
  cutoff.setMonth(cutoff.getMonth() - months)
  return cutoff
}

/**
 * Whether a new retention deletes more than the current one: going from forever to N months,
 * or to fewer months. The admin is asked before such a change is saved.
 */
export function retentionPrunes(
  current: ArchiveSettings['retention'],
  next: ArchiveSettings['retention']
): boolean {
  if (next.keep === 'forever') return false
  return current.keep === 'forever' || next.months < current.months
}
