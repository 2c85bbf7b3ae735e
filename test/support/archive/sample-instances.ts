/**
 * Meeting instances shaped like Zoom's wire rows, with the quirks the archive must keep intact
 * (zoom-api.md §5): hidden guest emails, a row without leave_time, a waiting-room row, a repeated
 * row, a UUID with slashes, a name typed with combining accents, registrants of every status.
 */
import type { StoreInstanceInput } from '../../../src/main/archive'

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z'

export interface SampleOptions {
  account?: string
  uuid?: string
  meetingId?: string
  topic?: string
  startMs?: number
  kind?: 'meeting' | 'webinar'
}

export function sampleInstance(options: SampleOptions = {}): StoreInstanceInput {
  const start = options.startMs ?? Date.UTC(2026, 9, 5, 17, 0, 0)
  const at = (minutes: number): string => iso(start + minutes * 60_000)
  const kind = options.kind ?? 'meeting'
  const jose = row({
    id: '',
    user_id: '16778242',
    name: 'Jose\u0301 Nu\u0301n\u0303ez',
    user_email: '',
    join_time: at(0),
    leave_time: at(45)
  })
  const participants = [
    // A signed-in staff member: Zoom user id and email.
    row({
      id: 'u-staff-1',
      user_id: '16778240',
      name: 'Ana Okafor',
      user_email: 'Ana.Okafor@Example.org',
      join_time: at(-2),
      leave_time: at(60),
      registrant_id: ''
    }),
    // A registered guest who rejoined: registrant id, email shown because they registered.
    row({
      id: '',
      user_id: '16778241',
      name: 'Bo Lee',
      user_email: 'bo.lee@example.net',
      join_time: at(5),
      leave_time: at(20),
      registrant_id: 'reg-bo'
    }),
    row({
      id: '',
      user_id: '16778245',
      name: 'Bo Lee',
      user_email: 'bo.lee@example.net',
      join_time: at(22),
      leave_time: at(58),
      registrant_id: 'reg-bo'
    }),
    // A guest with a hidden email and a name typed with combining accents (NFD), whose row
    // Zoom repeated exactly across pages.
    jose,
    { ...jose },
    // Waiting room only.
    row({
      id: '',
      user_id: '16778243',
      name: 'iPhone',
      user_email: '',
      join_time: at(-1),
      leave_time: at(0),
      status: 'in_waiting_room'
    }),
    // No leave_time at all.
    {
      id: '',
      user_id: '16778244',
      name: 'Dial-in +1 555 0100',
      user_email: '',
      join_time: at(10),
      duration: 600,
      status: 'in_meeting',
      failover: false
    }
  ]
  const registrants = [
    {
      id: 'reg-bo',
      email: 'bo.lee@example.net',
      first_name: 'Bo',
      last_name: 'Lee',
      status: 'approved',
      create_time: at(-7 * 24 * 60)
    },
    {
      id: 'reg-cy',
      email: 'cy@example.com',
      first_name: 'Cy',
      last_name: 'Ng',
      status: 'pending',
      create_time: at(-3 * 24 * 60)
    },
    {
      id: 'reg-dee',
      email: 'dee@example.com',
      first_name: 'Dee',
      last_name: 'Álvarez',
      status: 'denied',
      create_time: at(-2 * 24 * 60)
    }
  ]
  const input: StoreInstanceInput = {
    account: options.account ?? 'profile-a',
    meeting: {
      kind,
      id: options.meetingId ?? '85746065432',
      topic: options.topic ?? 'Volunteer onboarding',
      type: 8,
      recurrence: { type: 2, repeat_interval: 1, weekly_days: '2' }
    },
    host: { zoomUserId: 'u-host-1', email: 'host@example.org', displayName: 'Hana Host' },
    detail: {
      uuid: options.uuid ?? '/ajXp112QmuoKj4854875==',
      id: Number(options.meetingId ?? 85746065432),
      topic: options.topic ?? 'Volunteer onboarding',
      start_time: iso(start),
      end_time: at(60),
      duration: 60,
      timezone: 'Europe/Berlin',
      participants_count: 5
    },
    source: 'report',
    participants,
    registrants,
    fetchedAt: new Date(start + 2 * 3600_000)
  }
  if (kind === 'webinar') {
    input.panelists = [
      {
        id: 'pan-1',
        email: 'panel@example.org',
        name: 'Pia Panel',
        join_url: 'https://example.invalid/p'
      }
    ]
    input.absentees = [
      {
        id: 'reg-cy',
        email: 'cy@example.com',
        first_name: 'Cy',
        last_name: 'Ng',
        status: 'approved'
      }
    ]
  }
  return input
}

function row(fields: Record<string, unknown>): Record<string, unknown> {
  const join = Date.parse(String(fields.join_time))
  const leave = Date.parse(String(fields.leave_time))
  return {
    ...fields,
    duration: Math.round((leave - join) / 1000),
    status: fields.status ?? 'in_meeting',
    failover: false,
    customer_key: ''
  }
}
