import { AppFailure } from '../../shared/app-error'
import { meetingListTypes } from '../../shared/ipc/contracts/meetings-list-contract'
import { rollUpLayouts } from '../../shared/ipc/contracts/rollup-contract'
import { userStatuses } from '../../shared/ipc/contracts/users-contract'
import { zoomPlans } from '../../shared/settings/input-schemas'
import type { RollUpLayout } from '../attendance/engine'
import type { UserMeetingsType, UserStatus, ZoomPlan } from '../zoom'

/** Argument checks done before any Zoom call; each failure names the fix and exits 2. */
function usage(message: string, remedy: string): AppFailure {
  return new AppFailure({ code: 'invalid-input', message, remedy })
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((option) => option === value.trim().toLowerCase())
  if (found === undefined) {
    throw usage(
      `"${value}" is not a ${what} Headcount knows.`,
      `Use one of: ${allowed.join(', ')}.`
    )
  }
  return found
}

export function parsePlan(value: string): ZoomPlan {
  return oneOf(value, zoomPlans, 'Zoom plan')
}

export function parseUserStatus(value: string): UserStatus {
  return oneOf(value, userStatuses, 'user status')
}

/** Zoom's list types, and `past`: the sessions that took place, as the window's Past list. */
export const cliMeetingTypes = ['past', ...meetingListTypes] as const
export type CliMeetingType = UserMeetingsType | 'past'

export function parseMeetingType(value: string): CliMeetingType {
  return oneOf(value, cliMeetingTypes, 'meeting type')
}

export function parseLayout(value: string): RollUpLayout {
  return oneOf(value, rollUpLayouts, 'layout')
}

export function parseThreshold(value: string): number {
  const text = value.trim()
  const number = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN
  if (!(number >= 0 && number <= 100)) {
    throw usage(
      `The threshold "${value}" is not a percent from 0 to 100.`,
      'Give a number such as --threshold 75.'
    )
  }
  return number
}

export function parseTimeZone(value: string): string {
  const zone = value.trim()
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
  } catch {
    throw usage(
      `"${value}" is not a time zone name.`,
      'Use a name such as America/New_York or Europe/Berlin, or UTC.'
    )
  }
  return zone
}

export function parseDay(value: string, which: 'start' | 'end'): string {
  const text = value.trim()
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const date = match ? new Date(`${text}T00:00:00Z`) : null
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw usage(
      `The ${which} date "${value}" is not a real date.`,
      'Write dates as year-month-day, for example --from 2026-01-31.'
    )
  }
  return text
}

export function checkDayOrder(from: string, to: string): void {
  if (from > to) {
    throw usage(
      `The start date ${from} is after the end date ${to}.`,
      'Swap them, or pick a start date on or before the end date.'
    )
  }
}

/**
 * Accepts Zoom's own formatting of meeting ids ("852 1234 5678"), or a UUID. A UUID copied out
 * of a Headcount CSV may carry the apostrophe that stops spreadsheets reading `+abc` as a formula.
 */
export function parseMeetingRef(value: string): string {
  const text = value.trim().replace(/^'(?=[=+\-@])/, '')
  if (/^\d[\d\s-]*$/.test(text)) return text.replace(/[\s-]/g, '')
  if (text === '') {
    throw usage('The meeting ID is empty.', 'Give a meeting ID such as 85212345678, or a UUID.')
  }
  return text
}

export function parseUser(value: string): string {
  const text = value.trim()
  if (text === '') {
    throw usage('The user is empty.', 'Give an email address, a Zoom user ID, or "me".')
  }
  return text
}
