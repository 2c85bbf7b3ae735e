import { DateTime } from 'luxon'
import type { RegistrationMode, Weekday } from '@shared/admin/meeting-input'
import { weekdayNames } from '@shared/admin/meeting-input'
import { systemTimeZone } from '@shared/admin/meeting-time'

export type RepeatKind = 'none' | 'daily' | 'weekly' | 'monthly'

/** The form as typed: text for numbers so half-typed values stay visible. */
export interface MeetingForm {
  topic: string
  hostEmail: string
  date: string
  time: string
  timezone: string
  duration: string
  agenda: string
  passcode: string
  waitingRoom: boolean
  registration: RegistrationMode
  repeat: RepeatKind
  every: string
  weekdays: Weekday[]
  dayOfMonth: string
  endBy: 'count' | 'date'
  endCount: string
  endDate: string
  /**
   * Fields the admin set themselves. Until then the days of a series follow the chosen date
   * and the zone follows the chosen host, instead of keeping what the form opened with.
   */
  chosen: { weekdays?: true; dayOfMonth?: true; timezone?: true }
}

/** The props every part of the meeting form takes: the form, its errors and how to change it. */
export interface FormPartProps {
  form: MeetingForm
  errors: Record<string, string>
  update(patch: Partial<MeetingForm>): void
}

export function defaultMeetingForm(hostEmail: string): MeetingForm {
  const timezone = systemTimeZone()
  const tomorrow = DateTime.now().setZone(timezone).plus({ days: 1 })
  return {
    topic: '',
    hostEmail,
    date: tomorrow.toISODate() ?? '',
    time: '18:00',
    timezone,
    duration: '60',
    agenda: '',
    passcode: '',
    waitingRoom: true,
    // Registration on, approved automatically: attendance can then match people by name and email.
    registration: 'auto',
    repeat: 'none',
    every: '1',
    weekdays: [weekdayNames[tomorrow.weekday % 7]!],
    dayOfMonth: String(tomorrow.day),
    endBy: 'count',
    endCount: '4',
    endDate: tomorrow.plus({ months: 3 }).toISODate() ?? '',
    chosen: {}
  }
}

/**
 * The form as it applies now: a weekly series meets on the chosen date's weekday and a monthly
 * one on its day of the month, and the zone is the host's, until the admin picks otherwise.
 */
export function effectiveForm(form: MeetingForm, hostZone: string | null): MeetingForm {
  const day = DateTime.fromISO(form.date)
  const timezone = form.chosen.timezone || !hostZone ? form.timezone : hostZone
  return {
    ...form,
    timezone,
    weekdays:
      form.chosen.weekdays || !day.isValid ? form.weekdays : [weekdayNames[day.weekday % 7]!],
    dayOfMonth: form.chosen.dayOfMonth || !day.isValid ? form.dayOfMonth : String(day.day)
  }
}

/** Marks what a change sets by hand, so it no longer follows the date or the host. */
export function chosenBy(patch: Partial<MeetingForm>): MeetingForm['chosen'] {
  return {
    ...('weekdays' in patch ? { weekdays: true } : {}),
    ...('dayOfMonth' in patch ? { dayOfMonth: true } : {}),
    ...('timezone' in patch ? { timezone: true } : {})
  }
}

function num(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text)
}

/** The shape the shared schema checks; numbers typed as text become numbers (or NaN). */
export function formToInput(form: MeetingForm): unknown {
  const end =
    form.endBy === 'count'
      ? { by: 'count', count: num(form.endCount) }
      : { by: 'date', date: form.endDate }
  const recurrence =
    form.repeat === 'none'
      ? { kind: 'none' }
      : form.repeat === 'daily'
        ? { kind: 'daily', every: num(form.every), end }
        : form.repeat === 'weekly'
          ? { kind: 'weekly', every: num(form.every), weekdays: form.weekdays, end }
          : { kind: 'monthly', every: num(form.every), dayOfMonth: num(form.dayOfMonth), end }
  return {
    topic: form.topic,
    hostEmail: form.hostEmail,
    date: form.date,
    time: form.time,
    timezone: form.timezone,
    durationMinutes: num(form.duration),
    agenda: form.agenda,
    passcode: form.passcode,
    waitingRoom: form.waitingRoom,
    registration: form.registration,
    recurrence
  }
}

let zones: string[] | null = null

/** Every IANA zone the computer knows, plus UTC, sorted; computed once. */
export function timeZoneOptions(): string[] {
  if (zones) return zones
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  zones = [...new Set([...known, 'UTC', systemTimeZone()])].sort()
  return zones
}
