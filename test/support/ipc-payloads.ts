import fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { InvokeChannel } from '../../src/shared/ipc/channels'
import type { RunningSimulator } from '../../src/main/simulator'
import { personSortKeys, personStatuses } from '../../src/shared/attendance/person-query'

/**
 * Schema-valid payloads for every IPC channel, mixing values the simulator knows (real users,
 * meetings, instances) with random valid ones, so fuzzing reaches handler code and Zoom calls
 * instead of stopping at validation. The fuzz test checks each payload against the contract, so
 * an arbitrary that drifts from the zod schema fails loudly instead of testing less.
 */

const dayMs = 86_400_000
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** Known values most of the time (so handlers get far), random valid ones otherwise. */
function mostly<T>(known: Arbitrary<T>, other: Arbitrary<T>): Arbitrary<T> {
  return fc.oneof({ arbitrary: known, weight: 4 }, { arbitrary: other, weight: 1 })
}

/** 0 to 40 days, mostly inside Zoom's six-month report window, sometimes before it or reversed. */
function dayRange(): Arbitrary<{ from: string; to: string }> {
  return fc
    .record({
      back: mostly(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 151, max: 240 })),
      span: mostly(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -3, max: -1 }))
    })
    .map(({ back, span }) => {
      const from = Date.now() - back * dayMs
      return { from: day(from), to: day(from + span * dayMs) }
    })
}

const percent = fc.integer({ min: 0, max: 100 })
const jobId = fc.string({ minLength: 1, maxLength: 64 })
const zoomId = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/)
const secret = fc.stringMatching(/^[!-~]{1,60}$/)
/** Emails of the plain shape people type (zod's email rule is stricter than RFC 5322). */
const anyEmail = fc.stringMatching(/^[a-z][a-z0-9]{0,15}(\.[a-z0-9]{1,8})?@[a-z]{1,12}\.(org|com)$/)
const timeZone = fc.constantFrom(null, 'UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo')
const plan = fc.constantFrom('free' as const, 'pro' as const, 'business' as const)
const personQuery = fc.record({
  statuses: fc.uniqueArray(fc.constantFrom(...personStatuses)),
  search: fc.string({ maxLength: 20 }),
  sort: fc.record({ key: fc.constantFrom(...personSortKeys), descending: fc.boolean() })
})
const rollUpQuery = fc.record({
  minAttended: fc.integer({ min: 0, max: 30 }),
  includeHost: fc.boolean(),
  search: fc.string({ maxLength: 20 }),
  sort: fc.record({
    key: fc.oneof(
      fc.constantFrom('name', 'email', 'attended', 'missed', 'totalMinutes'),
      fc.integer({ min: 0, max: 40 }).map((i) => `session-${i}`)
    ),
    descending: fc.boolean()
  })
})
const name = fc.string({ minLength: 1, maxLength: 80 }).filter((text) => text.trim() !== '')

export function validPayloads(
  sim: RunningSimulator,
  profileId: string
): Record<InvokeChannel, Arbitrary<unknown>> {
  const { org } = sim
  const emails = org.users.map((user) => user.email)
  const userEmail = mostly(fc.constantFrom(...emails), anyEmail)
  const userRef = mostly(fc.constantFrom('me', ...emails), fc.stringMatching(/^[\w.@-]{1,40}$/))
  const meetingIds = org.meetings.map((meeting) => String(meeting.id))
  const recurringIds = org.meetings.filter((m) => m.type === 8).map((m) => String(m.id))
  const meetingId = mostly(fc.constantFrom(...meetingIds), fc.stringMatching(/^\d{9,12}$/))
  const uuids = org.meetings.flatMap((meeting) => meeting.instances.map((i) => i.uuid))
  const instanceRef = mostly(
    fc.constantFrom(...uuids, ...meetingIds),
    fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== '')
  )
  const profile = mostly(fc.constant(profileId), fc.string({ minLength: 1, maxLength: 64 }))
  const csvText = fc
    .array(fc.tuple(userEmail, fc.string({ maxLength: 20 }), fc.constantFrom('1', '2', 'x')), {
      maxLength: 6
    })
    .map((rows) =>
      ['email,first_name,last_name,type', ...rows.map(([e, n, t]) => `${e},${n},Last,${t}`)].join(
        '\n'
      )
    )
  const selection = fc.oneof(
    fc.record(
      {
        kind: fc.constant('recurring' as const),
        meetingId: mostly(fc.constantFrom(...recurringIds), meetingId),
        from: fc.constant(undefined),
        to: fc.constant(undefined)
      },
      { requiredKeys: ['kind', 'meetingId'] }
    ),
    dayRange().chain((range) =>
      fc.record(
        {
          kind: fc.constant('topic' as const),
          userId: userRef,
          from: fc.constant(range.from),
          to: fc.constant(range.to),
          topicContains: mostly(fc.constant(''), fc.string({ maxLength: 20 }))
        },
        { requiredKeys: ['kind', 'from', 'to'] }
      )
    )
  )
  const startDay = fc.integer({ min: 1, max: 60 }).map((ahead) => day(Date.now() + ahead * dayMs))
  const recurrence = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('weekly' as const),
      every: fc.integer({ min: 1, max: 12 }),
      weekdays: fc.uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri'), {
        minLength: 1
      }),
      end: fc.record({ by: fc.constant('count' as const), count: fc.integer({ min: 1, max: 30 }) })
    })
  )

  return {
    'app:get-info': fc.constant(undefined),
    'app:open-external': fc.record({
      url: fc.oneof(
        fc.constantFrom('https://zoom.us/', 'https://marketplace.zoom.us/', 'https://x.example/'),
        fc.webUrl().filter((url) => url.length <= 2048)
      )
    }),
    'jobs:cancel': fc.record({ jobId }),
    'accounts:get-state': fc.constant(undefined),
    'accounts:create': fc.record(
      {
        name,
        accountId: zoomId,
        clientId: zoomId,
        plan,
        hostEmail: fc.option(
          anyEmail.filter((e) => e.length <= 254),
          { nil: null }
        ),
        clientSecret: secret
      },
      { requiredKeys: ['name', 'accountId', 'clientId', 'plan'] }
    ),
    'accounts:update': fc.record({
      id: profile,
      patch: fc.record({ name, plan, hostEmail: fc.constant(null) }, { requiredKeys: [] })
    }),
    'accounts:set-secret': fc.record({
      id: profile,
      clientSecret: fc.oneof(fc.constant(sim.clientSecret), secret)
    }),
    'accounts:connect': fc.record({ id: profile }),
    'accounts:test-connection': fc.constant(undefined),
    'accounts:sign-in-host': fc.record({ email: userEmail }),
    'accounts:sign-out': fc.constant(undefined),
    'accounts:disconnect': fc.constant(undefined),
    'accounts:forget': fc.record(
      { id: profile, confirmed: fc.constant(true as const), keepArchive: fc.boolean() },
      { requiredKeys: ['id', 'confirmed'] }
    ),
    'accounts:allow-weak-storage': fc.record({ allow: fc.boolean() }),
    'accounts:dismiss-notice': fc.constant(undefined),
    'demo:start': fc.constant(undefined),
    'users:list': fc.record({ status: fc.constantFrom('active', 'inactive', 'pending') }),
    'users:get': fc.record({ idOrEmail: userRef }),
    'users:create': fc.record({
      action: fc.constantFrom('create', 'custCreate', 'autoCreate', 'ssoCreate'),
      type: fc.constantFrom(1 as const, 2 as const),
      firstName: fc.string({ maxLength: 64 }),
      lastName: fc.string({ maxLength: 64 }),
      email: userEmail
    }),
    'users:bulk-preview': fc.record({ csvText }),
    'users:bulk-create': fc.record(
      {
        csvText,
        action: fc.constantFrom('create', 'custCreate'),
        jobId
      },
      { requiredKeys: ['csvText', 'action'] }
    ),
    'users:export-bulk-result': fc.constant(undefined),
    'users:save-template': fc.constant(undefined),
    'users:export-csv': fc.record(
      {
        status: fc.constantFrom('active', 'inactive', 'pending'),
        emails: fc.array(userEmail, { maxLength: 5 })
      },
      { requiredKeys: ['status'] }
    ),
    'meetings:create': fc.record({
      topic: name.map((text) => text.slice(0, 200)),
      hostEmail: fc.constantFrom(...emails.filter((email) => email.length <= 128)),
      date: startDay,
      time: fc.constantFrom('09:00', '18:30', '23:59'),
      timezone: fc.constantFrom('UTC', 'America/New_York', 'Europe/Berlin'),
      durationMinutes: fc.integer({ min: 1, max: 1440 }),
      agenda: fc.string({ maxLength: 100 }),
      passcode: fc.stringMatching(/^[A-Za-z0-9@_*-]{0,10}$/),
      waitingRoom: fc.boolean(),
      registration: fc.constantFrom('off', 'auto', 'manual'),
      recurrence
    }),
    'meetings:creation-quota': fc.record(
      { hostEmail: fc.constantFrom(...emails.filter((email) => email.length <= 128)) },
      { requiredKeys: [] }
    ),
    'meetings:list': fc.record({
      userId: userRef,
      type: fc.constantFrom('scheduled', 'upcoming', 'previous_meetings')
    }),
    'meetings:occurrences': fc.record({ meetingId }),
    'meetings:links': fc.record({ meetingId }),
    'meetings:list-past': dayRange().chain((range) =>
      fc.record(
        {
          userId: userRef,
          from: fc.constant(range.from),
          to: fc.constant(range.to),
          topic: fc.constantFrom('onboarding', 'Café', ''),
          jobId
        },
        { requiredKeys: ['from', 'to'] }
      )
    ),
    'attendance:load': fc.record(
      { meeting: instanceRef, thresholdPercent: percent, refresh: fc.boolean(), jobId },
      { requiredKeys: ['meeting'] }
    ),
    'attendance:export-csv': fc.record(
      {
        meeting: instanceRef,
        thresholdPercent: percent,
        timeZone,
        jobId,
        shown: personQuery,
        list: fc.constantFrom('attendance' as const, 'no-shows' as const)
      },
      { requiredKeys: ['meeting', 'thresholdPercent', 'timeZone'] }
    ),
    'files:show-last-export': fc.constant(undefined),
    'rollup:load': fc.record(
      { selection, thresholdPercent: percent, jobId },
      { requiredKeys: ['selection'] }
    ),
    'rollup:export-csv': fc.record(
      {
        selection,
        thresholdPercent: percent,
        timeZone,
        layout: fc.constantFrom('long', 'matrix'),
        jobId,
        shown: rollUpQuery
      },
      { requiredKeys: ['selection', 'thresholdPercent', 'timeZone', 'layout'] }
    ),
    'settings:get': fc.constant(undefined),
    'settings:update': fc.record(
      {
        timeZone,
        attendanceThreshold: percent,
        layout: fc.constantFrom('one-row-per-person', 'one-row-per-session')
      },
      { requiredKeys: [] }
    ),
    'archive:get-status': fc.constant(undefined),
    // One or two hosts over a few weeks: a whole-account sync is too slow to run 30 times.
    'archive:sync': dayRange().chain((range) =>
      fc.record(
        {
          jobId,
          hosts: fc.uniqueArray(userRef, { minLength: 1, maxLength: 2 }),
          from: fc.constant(range.from),
          to: fc.constant(range.to)
        },
        { requiredKeys: ['hosts'] }
      )
    ),
    'archive:update-settings': fc.record(
      {
        autoSync: fc.boolean(),
        everyHours: fc.integer({ min: 1, max: 168 }),
        retention: fc.oneof(
          fc.constant({ keep: 'forever' as const }),
          fc.record({
            keep: fc.constant('months' as const),
            months: fc.integer({ min: 1, max: 600 })
          })
        )
      },
      { requiredKeys: [] }
    ),
    'archive:back-up': fc.constant(undefined),
    'archive:restore': fc.constant({ confirmed: true as const }),
    'archive:forget-account': fc.record({ id: profile, confirmed: fc.constant(true as const) }),
    'archive:dismiss-notices': fc.constant(undefined),
    'identity:review-queue': fc.record({ thresholdPercent: percent }, { requiredKeys: [] }),
    // Keys the engine makes, and random text (refused in words, nothing recorded).
    'identity:answer': fc.record(
      {
        key: fc.oneof(
          fc.constant('["name","iphone","e:ann@example.org"]'),
          fc.constant('["email","ann@new.org","ann@old.org"]'),
          fc.string({ minLength: 2, maxLength: 60 })
        ),
        answer: fc.constantFrom('accept', 'reject'),
        reason: fc.string({ maxLength: 40 })
      },
      { requiredKeys: ['key', 'answer'] }
    ),
    'identity:undo': fc.record(
      { id: fc.integer({ min: 1, max: 50 }), reason: fc.string({ maxLength: 40 }) },
      { requiredKeys: ['id'] }
    ),
    'identity:add-alias': fc.record(
      {
        email: userEmail.filter((e) => e.length <= 254),
        alias: fc.oneof(
          fc.constantFrom('Annie', 'iPhone', 'José'),
          fc.string({ minLength: 1, maxLength: 30 }).filter((a) => a.trim() !== '')
        ),
        name: fc.string({ maxLength: 30 })
      },
      { requiredKeys: ['email', 'alias'] }
    ),
    'identity:decisions': fc.record(
      {
        personKey: fc.constantFrom('e:ann@example.org', 'u:abc123', 'r:reg-1'),
        includeUndone: fc.boolean()
      },
      { requiredKeys: [] }
    ),
    'identity:export-aliases': fc.constant(undefined),
    'identity:import-aliases': fc.constant(undefined),
    ...peoplePayloads(emails)
  }
}

/** Emails of people an `arrange` step has put in the archive (the archive starts empty). */
export const archivedPeople: string[] = []

/** People and programmes: names and emails the demo knows, and random valid definitions. */
function peoplePayloads(emails: readonly string[]) {
  const person = fc.oneof(
    fc
      .nat()
      .map((i) => ({ email: archivedPeople[i % Math.max(1, archivedPeople.length)] ?? emails[0] })),
    fc.record({ email: fc.constantFrom(...emails.filter((e) => e.length <= 254)) }),
    fc.record({ name: fc.constantFrom('Maria', 'José Núñez', 'Chris iPad') })
  )
  const filter = fc.record(
    {
      hosts: fc.array(fc.constantFrom(...emails.filter((e) => e.length <= 254)), { maxLength: 2 }),
      from: fc.constant(day(Date.now() - 30 * dayMs)),
      topic: fc.constantFrom('onboarding', 'Café', '')
    },
    { requiredKeys: [] }
  )
  const definition = fc.record(
    {
      name: fc.constantFrom('Onboarding', 'Course'),
      meetings: fc.oneof(
        fc.record({
          kind: fc.constant('topic' as const),
          topic: fc.constantFrom('Onboarding', 'x')
        }),
        fc.record({ kind: fc.constant('series' as const), meetingId: fc.constant('85212345678') })
      ),
      rule: fc.record({
        kind: fc.constantFrom('sessions' as const, 'distinct' as const),
        minSessions: fc.integer({ min: 1, max: 10 }),
        minPercent: percent
      })
    },
    { requiredKeys: ['name', 'meetings', 'rule'] }
  )
  const target = fc.oneof(
    fc.record({ id: fc.constantFrom('programme-1', 'x') }),
    fc.record({ definition })
  )
  return {
    'people:search': fc.record({ text: fc.string({ maxLength: 20 }) }),
    'people:get-person': fc.record(
      { person, thresholdPercent: percent },
      { requiredKeys: ['person'] }
    ),
    'people:list': fc.record(
      { filter, thresholdPercent: percent, jobId },
      { requiredKeys: ['filter'] }
    ),
    'people:export-person': fc.record({ person, timeZone }),
    'people:export-list': fc.record({ filter, timeZone }),
    'programmes:list': fc.constant(undefined),
    'programmes:save': fc.record({ definition }),
    'programmes:delete': fc.record({ id: fc.constantFrom('programme-1', 'x') }),
    'programmes:report': fc.record({ target, jobId }, { requiredKeys: ['target'] }),
    'programmes:export-csv': fc.record({ target, timeZone })
  }
}
