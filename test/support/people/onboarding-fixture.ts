/**
 * A hand-computed onboarding archive: three 60-minute sessions of one series, the first of
 * which Zoom no longer has. Expected figures are worked out by hand in the tests.
 * - Ann: registered twice; 30 min (50%) the first time, 50 min (83%) the second: qualified on
 *   her second try.
 * - Bob: registered for sessions 1 and 2, never came.
 * - Cat: came to 1 (20 min, 33%) and 3 (30 min, 50%, registered): only below 75%.
 * - Walker: came to 3 for the whole hour without registering (a walk-in).
 * - Dee: the whole of session 1, the session Zoom no longer has.
 */
import type { Archive, StoreInstanceInput } from '../../../src/main/archive'

export const ACCOUNT = 'profile-a'
export const SERIES = '81111111111'
export const starts = [
  Date.UTC(2026, 0, 10, 17),
  Date.UTC(2026, 1, 14, 17),
  Date.UTC(2026, 2, 14, 17)
]
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000', '')

interface Visit {
  name: string
  email: string
  minutes: number
  registrantId?: string
}

function session(
  index: number,
  visits: Visit[],
  registrants: { id: string; email: string; first: string; last: string }[]
): StoreInstanceInput {
  const start = starts[index]
  return {
    account: ACCOUNT,
    meeting: { kind: 'meeting', id: SERIES, topic: 'Volunteer Onboarding', type: 8 },
    host: { zoomUserId: 'u-host-1', email: 'host@example.org' },
    detail: {
      id: Number(SERIES),
      uuid: `onboarding-${index + 1}==`,
      topic: 'Volunteer Onboarding',
      start_time: iso(start),
      end_time: iso(start + 3_600_000),
      duration: 60
    },
    source: 'report',
    participants: visits.map((v, i) => ({
      id: '',
      user_id: String(16778240 + i),
      name: v.name,
      user_email: v.email,
      registrant_id: v.registrantId ?? '',
      join_time: iso(start),
      leave_time: iso(start + v.minutes * 60_000),
      duration: v.minutes * 60,
      status: 'in_meeting'
    })),
    registrants: registrants.map((r) => ({
      id: r.id,
      email: r.email,
      first_name: r.first,
      last_name: r.last,
      status: 'approved'
    })),
    fetchedAt: new Date(start + 86_400_000)
  }
}

export const onboardingSessions: StoreInstanceInput[] = [
  session(
    0,
    [
      { name: 'Ann Lee', email: 'ann@example.org', minutes: 30, registrantId: 'r-ann-1' },
      { name: 'Cat Núñez', email: 'cat@example.org', minutes: 20 },
      { name: 'Dee Park', email: 'dee@example.org', minutes: 60 }
    ],
    [
      { id: 'r-ann-1', email: 'ann@example.org', first: 'Ann', last: 'Lee' },
      { id: 'r-bob-1', email: 'bob@example.org', first: 'Bob', last: 'Stone' }
    ]
  ),
  session(
    1,
    [{ name: 'Ann Lee', email: 'ann@example.org', minutes: 50, registrantId: 'r-ann-2' }],
    [
      { id: 'r-ann-2', email: 'ann@example.org', first: 'Ann', last: 'Lee' },
      { id: 'r-bob-2', email: 'bob@example.org', first: 'Bob', last: 'Stone' }
    ]
  ),
  session(
    2,
    [
      { name: 'Cat Núñez', email: 'cat@example.org', minutes: 30, registrantId: 'r-cat-3' },
      { name: 'Walker', email: 'walk@example.org', minutes: 60 }
    ],
    [{ id: 'r-cat-3', email: 'cat@example.org', first: 'Cat', last: 'Núñez' }]
  )
]

/** Stores the three sessions and marks the first as gone from Zoom. */
export async function fillOnboarding(archive: Archive): Promise<void> {
  for (const input of onboardingSessions) await archive.storeInstance(input)
  await archive.markGone(ACCOUNT, 'onboarding-1==', new Date(Date.UTC(2026, 5, 1)), 3001)
}
