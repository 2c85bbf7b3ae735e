// Small, valid answers for the window's tests, checked against the real contract schemas so a
// test can never feed the window a shape main would not send.
import { accountsStateSchema, profileSummarySchema } from '@shared/ipc/contracts/accounts-contract'
import type { AccountsState } from '@shared/ipc/contracts/accounts-contract'
import {
  instanceAttendanceSchema,
  personRowSchema
} from '@shared/ipc/contracts/attendance-contract'
import type { InstanceAttendanceView, PersonRow } from '@shared/ipc/contracts/attendance-contract'
import type { Provenance } from '@shared/ipc/contracts/archive-contract'
import { rollUpViewSchema } from '@shared/ipc/contracts/rollup-contract'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { userRowSchema } from '@shared/ipc/contracts/users-contract'
import type { UserRow } from '@shared/ipc/contracts/users-contract'

type Connection = AccountsState['connection']

export function profile(id = 'p1', name = 'Volunteer onboarding') {
  return profileSummarySchema.parse({
    id,
    name,
    accountId: 'acc-1',
    clientId: 'client-1',
    plan: 'pro',
    hostEmail: null,
    createdAt: '2026-01-01T00:00:00Z',
    isActive: true,
    hasSecret: true,
    secretStatus: 'saved',
    secretBackend: 'test',
    secretLabel: 'Secret saved, encrypted'
  })
}

export function accountsState(connection: Partial<Connection> = {}, profiles = [profile()]) {
  return accountsStateSchema.parse({
    profiles,
    encryption: {
      backend: 'test',
      strength: 'strong',
      allowWeakSecretStorage: false,
      persists: true,
      wording: { fieldHint: 'Saved encrypted by the test store.', notice: null }
    },
    connection: {
      mode: 'none',
      profileId: null,
      label: null,
      hostEmail: null,
      notice: null,
      ...connection
    },
    notice: null
  })
}

export function userRow(email: string, patch: Partial<UserRow> = {}): UserRow {
  return userRowSchema.parse({
    id: `id-${email}`,
    email,
    firstName: 'Ada',
    lastName: 'Lovelace',
    displayName: `Ada ${email}`,
    type: 1,
    roleId: '2',
    status: 'active',
    lastLoginTime: null,
    createdAt: null,
    timezone: 'Europe/London',
    department: '',
    ...patch
  })
}

export function person(name: string, patch: Partial<PersonRow> = {}): PersonRow {
  return personRowSchema.parse({
    personId: `id-${name}`,
    name,
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`,
    registered: true,
    registrationStatus: 'approved',
    status: 'Attended',
    firstJoin: '2026-10-05T17:00:00Z',
    lastLeave: '2026-10-05T18:00:00Z',
    minutesAttended: 60,
    attendancePercent: 100,
    sessions: 1,
    identityRule: 'email',
    trail: [],
    ...patch
  })
}

export function attendanceView(
  people: PersonRow[],
  topic = 'Volunteer Onboarding',
  provenance: Provenance = { kind: 'live', fetchedAt: '2026-10-05T18:30:00Z' }
): InstanceAttendanceView {
  return instanceAttendanceSchema.parse({
    meeting: {
      id: '82770614280',
      uuid: 'uuid==',
      topic,
      start: '2026-10-05T17:00:00Z',
      end: '2026-10-05T18:00:00Z',
      source: 'report'
    },
    thresholdPercent: 75,
    summary: {
      people: people.length,
      registered: people.length,
      attended: people.length,
      partial: 0,
      absent: 0,
      walkIns: 0,
      waitingRoomOnly: 0,
      joined: 0,
      medianMinutes: 60,
      participantRows: people.length
    },
    people,
    notes: [],
    provenance
  })
}

export function rollUpView(sessions = 2, names = ['Ada', 'Grace']): RollUpView {
  return rollUpViewSchema.parse({
    instances: Array.from({ length: sessions }, (_, i) => ({
      uuid: `u${i}`,
      topic: 'Onboarding',
      start: `2026-10-0${i + 1}T17:00:00Z`,
      attended: names.length,
      provenance: { kind: 'live', fetchedAt: '2026-10-05T18:30:00Z' }
    })),
    people: names.map((name, p) => ({
      name,
      email: `${name.toLowerCase()}@example.org`,
      instancesAttended: p + 1,
      totalMinutes: 30 * (p + 1),
      minutes: Array.from({ length: sessions }, (_, i) => (i <= p ? 30 : 0))
    })),
    failures: [],
    skipped: 0,
    cancelled: false,
    stoppedBy: null
  })
}
