import type { InvokeChannel } from '../../src/shared/ipc/channels'
import type { InvokeInput } from '../../src/shared/ipc/contract'

/**
 * One valid input per request channel, as the window would send it. The fuzz test proves bad
 * input is refused; these prove good input is let through (step 5 of "Adding a channel").
 */
export const channelExamples: { [C in InvokeChannel]: InvokeInput<C> } = {
  'app:get-info': undefined,
  'app:open-external': { url: 'https://marketplace.zoom.us/develop/create' },
  'jobs:cancel': { jobId: 'job-1' },
  'accounts:get-state': undefined,
  'accounts:create': {
    name: 'Our organisation',
    accountId: 'acc_123',
    clientId: 'client_123',
    plan: 'pro'
  },
  'accounts:update': { id: 'profile-1', patch: { name: 'Renamed' } },
  'accounts:set-secret': { id: 'profile-1', clientSecret: 'not-a-real-secret' },
  'accounts:connect': { id: 'profile-1' },
  'accounts:test-connection': undefined,
  'accounts:sign-in-host': { email: 'host@example.org' },
  'accounts:sign-out': undefined,
  'accounts:disconnect': undefined,
  'accounts:forget': { id: 'profile-1', confirmed: true, keepArchive: false },
  'accounts:allow-weak-storage': { allow: false },
  'accounts:dismiss-notice': undefined,
  'demo:start': undefined,
  'users:list': { status: 'active' },
  'users:get': { idOrEmail: 'ada@example.org' },
  'users:create': {
    action: 'create',
    type: 1,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.org'
  },
  'users:bulk-preview': { csvText: 'email,first_name,last_name,type\nada@example.org,Ada,L,Basic' },
  'users:bulk-create': {
    csvText: 'email,first_name,last_name,type\nada@example.org,Ada,L,Basic',
    action: 'create'
  },
  'users:export-bulk-result': undefined,
  'users:save-template': undefined,
  'users:export-csv': { status: 'active', emails: ['ada@example.org'] },
  'meetings:create': {
    topic: 'Weekly volunteer call',
    hostEmail: 'host@example.org',
    date: '2099-01-06',
    time: '18:30',
    timezone: 'America/New_York',
    durationMinutes: 45,
    agenda: '',
    passcode: 'abc123',
    waitingRoom: true,
    registration: 'auto',
    recurrence: { kind: 'none' }
  },
  'meetings:creation-quota': { hostEmail: 'host@example.org' },
  'meetings:list': { userId: 'me', type: 'upcoming' },
  'meetings:occurrences': { meetingId: '85212345678' },
  'meetings:links': { meetingId: '852 1234 5678' },
  'meetings:list-past': { from: '2026-01-01', to: '2026-01-31' },
  'attendance:load': { meeting: '85212345678', thresholdPercent: 75 },
  'attendance:export-csv': { meeting: '85212345678', thresholdPercent: 75, timeZone: null },
  'files:show-last-export': undefined,
  'rollup:load': { selection: { kind: 'recurring', meetingId: '85212345678' } },
  'rollup:export-csv': {
    selection: { kind: 'topic', from: '2026-01-01', to: '2026-01-31' },
    thresholdPercent: 75,
    timeZone: 'UTC',
    layout: 'long'
  },
  'settings:get': undefined,
  'settings:update': { timeZone: 'Europe/Berlin' },
  'archive:get-status': undefined,
  'archive:sync': { jobId: 'job-2', hosts: ['host@example.org'], from: '2026-01-01' },
  'archive:update-settings': { autoSync: false, retention: { keep: 'months', months: 24 } },
  'archive:back-up': undefined,
  'archive:restore': { confirmed: true },
  'archive:forget-account': { id: 'profile-1', confirmed: true },
  'archive:dismiss-notices': undefined,
  'identity:review-queue': {},
  'identity:answer': { key: '["name","iphone","e:ann@example.org"]', answer: 'accept' },
  'identity:undo': { id: 1, reason: 'Clicked by mistake' },
  'identity:add-alias': { email: 'ann@example.org', alias: 'Annie' },
  'identity:decisions': { personKey: 'e:ann@example.org' },
  'identity:export-aliases': undefined,
  'identity:import-aliases': undefined,
  'people:search': { text: 'mar' },
  'people:get-person': { person: { email: 'maria@example.org' } },
  'people:list': {
    filter: { topic: 'Onboarding', from: '2026-01-01' },
    notSeenSince: '2026-04-01'
  },
  'people:export-person': { person: { name: 'Chris iPad' }, timeZone: 'Europe/Paris' },
  'people:export-list': { filter: { hosts: ['host@example.org'] }, timeZone: null },
  'programmes:list': undefined,
  'programmes:save': {
    definition: {
      name: 'Onboarding',
      meetings: { kind: 'topic', topic: 'Onboarding' },
      rule: { kind: 'sessions', minSessions: 1, minPercent: 75 }
    }
  },
  'programmes:delete': { id: 'programme-1' },
  'programmes:report': { target: { id: 'programme-1' } },
  'programmes:export-csv': {
    target: {
      definition: {
        name: 'Course',
        meetings: { kind: 'series', meetingId: '85212345678' },
        rule: { kind: 'distinct', minSessions: 6, minPercent: 50 }
      }
    },
    timeZone: 'UTC'
  }
}
