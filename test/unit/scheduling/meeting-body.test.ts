import { describe, expect, it } from 'vitest'
import { buildMeetingBody } from '../../../src/main/scheduling/meeting-body'
import type { NewMeetingInput } from '../../../src/shared/admin/meeting-input'
import { newMeetingSchema } from '../../../src/shared/admin/meeting-input'
import {
  localStart,
  zoomEndDateTime,
  zoomLocalStartTime
} from '../../../src/shared/admin/meeting-time'

const base: NewMeetingInput = {
  topic: 'Volunteer onboarding',
  hostEmail: 'host@example.org',
  date: '2026-12-01',
  time: '18:30',
  timezone: 'America/New_York',
  durationMinutes: 60,
  agenda: '',
  passcode: '',
  waitingRoom: true,
  registration: 'auto',
  recurrence: { kind: 'none' }
}

describe('the start time sent to Zoom', () => {
  it('is local wall-clock time with the zone named, never a UTC "Z" time', () => {
    const body = buildMeetingBody(base)
    expect(body.start_time).toBe('2026-12-01T18:30:00')
    expect(body.timezone).toBe('America/New_York')
    expect(body.start_time).not.toMatch(/Z|[+-]\d\d:\d\d$/)
  })

  it('previews the same moment in UTC with the right offset in summer and winter', () => {
    const summer = localStart('2026-07-01', '18:30', 'America/New_York')!
    const winter = localStart('2026-12-01', '18:30', 'America/New_York')!
    expect(summer.at.toUTC().toISO()).toBe('2026-07-01T22:30:00.000Z')
    expect(winter.at.toUTC().toISO()).toBe('2026-12-01T23:30:00.000Z')
    expect(localStart('2026-12-01', '09:00', 'Europe/Berlin')!.at.toUTC().toISO()).toBe(
      '2026-12-01T08:00:00.000Z'
    )
  })

  it('notices a clock time that does not exist on a spring-forward day', () => {
    const start = localStart('2026-03-08', '02:30', 'America/New_York')!
    expect(start.shifted).toBe(true)
    expect(zoomLocalStartTime(start.at)).toBe('2026-03-08T03:30:00')
    expect(localStart('2026-03-09', '02:30', 'America/New_York')!.shifted).toBe(false)
  })

  it('sends a series end date as the end of that day in the zone, in UTC', () => {
    expect(zoomEndDateTime('2027-01-31', 'America/New_York')).toBe('2027-02-01T04:59:59Z')
    expect(zoomEndDateTime('2027-01-31', 'Asia/Tokyo')).toBe('2027-01-31T14:59:59Z')
  })
})

describe('the rest of the meeting body', () => {
  it('makes a weekly series with registration suited to attendance tracking', () => {
    const body = buildMeetingBody({
      ...base,
      passcode: 'a1@_*-',
      agenda: '  Welcome  ',
      recurrence: {
        kind: 'weekly',
        every: 1,
        weekdays: ['thu', 'tue'],
        end: { by: 'count', count: 6 }
      }
    })
    expect(body).toMatchObject({
      type: 8,
      password: 'a1@_*-',
      agenda: 'Welcome',
      recurrence: { type: 2, repeat_interval: 1, weekly_days: '3,5', end_times: 6 },
      settings: { waiting_room: true, approval_type: 0, registration_type: 1 }
    })
  })

  it('maps registration off and manual approval, and monthly series by end date', () => {
    expect(buildMeetingBody({ ...base, registration: 'off' }).settings).toEqual({
      waiting_room: true,
      approval_type: 2
    })
    const monthly = buildMeetingBody({
      ...base,
      registration: 'manual',
      recurrence: {
        kind: 'monthly',
        every: 1,
        dayOfMonth: 15,
        end: { by: 'date', date: '2027-06-30' }
      }
    })
    expect(monthly.settings?.approval_type).toBe(1)
    expect(monthly.recurrence).toEqual({
      type: 3,
      repeat_interval: 1,
      monthly_day: 15,
      end_date_time: '2027-07-01T03:59:59Z'
    })
    expect(monthly).not.toHaveProperty('password')
  })

  it('the shared schema rejects passcodes Zoom would refuse, and bad zones', () => {
    const bad = newMeetingSchema.safeParse({
      ...base,
      passcode: 'has space',
      timezone: 'Mars/Base'
    })
    expect(bad.success).toBe(false)
    const messages = bad.error!.issues.map((issue) => issue.message)
    expect(messages).toContain('A passcode may use only letters, digits and @ - _ *.')
    expect(messages).toContain('Choose a time zone from the list.')
    expect(newMeetingSchema.safeParse({ ...base, passcode: '12345678901' }).success).toBe(false)
    expect(newMeetingSchema.safeParse(base).success).toBe(true)
  })
})
