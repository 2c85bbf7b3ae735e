/**
 * Writes one instance: its account, host and meeting rows, the instance, and every participant
 * and roster row with its lookup columns. The caller wraps it in a transaction, so a failure
 * (disk full, a crash) leaves the instance as it was, never half-stored.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { AppFailure } from '../../../shared/app-error'
import type { MeetingDetail } from '../../attendance/engine/zoom-rows'
import { nonNegativeNumber } from '../../attendance/engine/field-values'
import type { RosterRow, StoreInstanceInput, StoreResult } from '../archive-types'
import { emailKey, nameKey, parseInstant, registrantName, searchKey, text } from './row-keys'

/** Rows per INSERT: one call into SQLite for many rows is the cheapest way to bind them. */
const BATCH = 32
const participantColumns = 10
const rosterColumns = 9

type Value = string | number | null

export class InstanceWriter {
  private readonly participantBatch: StatementSync
  private readonly participantOne: StatementSync
  private readonly rosterBatch: StatementSync
  private readonly rosterOne: StatementSync
  private readonly account: StatementSync
  private readonly host: StatementSync
  private readonly meeting: StatementSync
  private readonly findInstance: StatementSync
  private readonly deleteInstance: StatementSync
  private readonly instance: StatementSync

  constructor(db: DatabaseSync) {
    const participants = (rows: number): string =>
      'INSERT INTO participants (instance_id, position, email, registrant_id, user_id, name_key, ' +
      `search_key, join_ms, leave_ms, raw) VALUES ${placeholders(rows, participantColumns)}`
    const roster = (rows: number): string =>
      'INSERT INTO roster (instance_id, list, position, registrant_id, email, name_key, ' +
      `search_key, status, raw) VALUES ${placeholders(rows, rosterColumns)}`
    this.participantBatch = db.prepare(participants(BATCH))
    this.participantOne = db.prepare(participants(1))
    this.rosterBatch = db.prepare(roster(BATCH))
    this.rosterOne = db.prepare(roster(1))
    this.account = db.prepare(
      `INSERT INTO accounts (profile_id, created_at) VALUES (?, ?)
       ON CONFLICT (profile_id) DO UPDATE SET profile_id = excluded.profile_id RETURNING id`
    )
    this.host = db.prepare(
      `INSERT INTO hosts (account_id, zoom_user_id, email, display_name, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, zoom_user_id) DO UPDATE SET
         email = CASE WHEN excluded.email <> '' THEN excluded.email ELSE email END,
         display_name = CASE WHEN excluded.display_name <> '' THEN excluded.display_name ELSE display_name END,
         updated_at = excluded.updated_at
       RETURNING id`
    )
    this.meeting = db.prepare(
      `INSERT INTO meetings (account_id, kind, zoom_id, host_id, topic, type, recurrence, raw, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, kind, zoom_id) DO UPDATE SET
         host_id = coalesce(excluded.host_id, host_id),
         topic = CASE WHEN excluded.topic <> '' THEN excluded.topic ELSE topic END,
         type = coalesce(excluded.type, type),
         recurrence = coalesce(excluded.recurrence, recurrence),
         raw = coalesce(excluded.raw, raw),
         updated_at = excluded.updated_at
       RETURNING id`
    )
    this.findInstance = db.prepare('SELECT id FROM instances WHERE account_id = ? AND uuid = ?')
    this.deleteInstance = db.prepare('DELETE FROM instances WHERE id = ?')
    this.instance = db.prepare(
      `INSERT INTO instances (account_id, meeting_id, uuid, start_ms, end_ms, duration_minutes,
         time_zone, host_id, source, fetched_at, detail, participant_rows, roster_rows, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
    )
  }

  accountId(profileId: string, now: number): number {
    return (this.account.get(profileId, now) as { id: number }).id
  }

  /** Call inside a transaction. */
  store(input: StoreInstanceInput): StoreResult {
    checkInput(input)
    const now = Date.now()
    const fetchedAt = input.fetchedAt?.getTime() ?? now
    const accountId = this.accountId(input.account, now)
    const hostId = input.host ? this.storeHost(accountId, input, now) : null
    const m = input.meeting
    const meetingId = (
      this.meeting.get(
        accountId,
        m.kind,
        m.id,
        hostId,
        text(m.topic) || text(input.detail.topic),
        typeof m.type === 'number' ? m.type : null,
        m.recurrence === undefined || m.recurrence === null ? null : JSON.stringify(m.recurrence),
        m.raw === undefined || m.raw === null ? null : JSON.stringify(m.raw),
        now
      ) as { id: number }
    ).id
    const existing = this.findInstance.get(accountId, input.detail.uuid) as
      { id: number } | undefined
    // A refresh replaces the old copy inside the same transaction: old rows until the commit.
    if (existing) this.deleteInstance.run(existing.id)
    const roster = rosterRows(input)
    const detail: MeetingDetail & { timezone?: unknown } = input.detail
    const instanceId = (
      this.instance.get(
        accountId,
        meetingId,
        input.detail.uuid,
        parseInstant(detail.start_time),
        parseInstant(detail.end_time),
        nonNegativeNumber(detail.duration),
        text(detail.timezone),
        hostId,
        input.source,
        fetchedAt,
        JSON.stringify(input.detail),
        input.participants.length,
        roster.length,
        JSON.stringify(input.notes ?? [])
      ) as { id: number }
    ).id
    this.storeParticipants(instanceId, input.participants)
    this.storeRoster(instanceId, roster)
    return {
      outcome: existing ? 'replaced' : 'new',
      participantRows: input.participants.length,
      rosterRows: roster.length
    }
  }

  private storeHost(accountId: number, input: StoreInstanceInput, now: number): number {
    const host = input.host!
    return (
      this.host.get(
        accountId,
        host.zoomUserId,
        emailKey(host.email),
        text(host.displayName),
        now
      ) as {
        id: number
      }
    ).id
  }

  private storeParticipants(instanceId: number, rows: StoreInstanceInput['participants']): void {
    const values: Value[] = []
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>
      const key = nameKey(row.name)
      values.push(
        instanceId,
        i,
        emailKey(row.user_email),
        text(row.registrant_id),
        text(row.id) || text(row.participant_user_id),
        key,
        searchKey(key),
        parseInstant(row.join_time),
        parseInstant(row.leave_time),
        JSON.stringify(row)
      )
      if (values.length === BATCH * participantColumns) {
        this.participantBatch.run(...values)
        values.length = 0
      }
    }
    runRest(this.participantOne, values, participantColumns)
  }

  private storeRoster(instanceId: number, rows: readonly RosterEntry[]): void {
    const values: Value[] = []
    for (let i = 0; i < rows.length; i++) {
      const { list, position, row } = rows[i]
      const key = nameKey(text(row.name) || registrantName(row))
      values.push(
        instanceId,
        list,
        position,
        text(row.id),
        emailKey(row.email),
        key,
        searchKey(key),
        text(row.status).toLowerCase(),
        JSON.stringify(row)
      )
      if (values.length === BATCH * rosterColumns) {
        this.rosterBatch.run(...values)
        values.length = 0
      }
    }
    runRest(this.rosterOne, values, rosterColumns)
  }
}

interface RosterEntry {
  list: 'registrant' | 'panelist' | 'absentee'
  position: number
  row: RosterRow
}

function rosterRows(input: StoreInstanceInput): RosterEntry[] {
  const entries: RosterEntry[] = []
  const add = (list: RosterEntry['list'], rows: readonly RosterRow[] | undefined): void => {
    rows?.forEach((row, position) => entries.push({ list, position, row }))
  }
  add('registrant', input.registrants as readonly RosterRow[] | undefined)
  add('panelist', input.panelists)
  add('absentee', input.absentees)
  return entries
}

function runRest(one: StatementSync, values: Value[], width: number): void {
  for (let k = 0; k < values.length; k += width) one.run(...values.slice(k, k + width))
}

function placeholders(rows: number, columns: number): string {
  const row = `(${new Array(columns).fill('?').join(', ')})`
  return new Array(rows).fill(row).join(', ')
}

/** Rows Zoom could never send (not objects) are refused whole, before anything is written. */
function checkInput(input: StoreInstanceInput): void {
  const problems: string[] = []
  if (text(input.account) === '') problems.push('no account')
  if (text(input.meeting?.id) === '') problems.push('no meeting id')
  if (input.meeting?.kind !== 'meeting' && input.meeting?.kind !== 'webinar')
    problems.push('no kind')
  if (text(input.detail?.uuid) === '') problems.push('no instance UUID')
  if (input.source !== 'report' && input.source !== 'past-participants') problems.push('no source')
  if (
    input.notes !== undefined &&
    (!Array.isArray(input.notes) || input.notes.some((note) => typeof note !== 'string'))
  ) {
    problems.push('notes that are not text')
  }
  const lists = [input.participants, input.registrants, input.panelists, input.absentees]
  for (const list of lists) {
    if (list !== undefined && !Array.isArray(list)) problems.push('a row list that is not a list')
    else if (list?.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
      problems.push('a row that is not an object')
    }
  }
  if (problems.length > 0) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `This meeting instance can't be archived: ${[...new Set(problems)].join(', ')}.`,
      remedy: 'Fetch the meeting again from Zoom; nothing was stored for it.'
    })
  }
}
