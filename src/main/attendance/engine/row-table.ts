import { nonNegativeNumber, normalizeEmail, parseInstant, text } from './field-values'
import type { PastParticipantRow, ReportParticipantRow } from './zoom-rows'

export type ParticipantRow = ReportParticipantRow | PastParticipantRow

/**
 * Participant rows read once into columns: index i describes rows[i]. Columns instead of one
 * object per row keep 100,000-row meetings cheap for the garbage collector.
 */
export interface RowTable {
  rows: ParticipantRow[]
  /** NaN when unknown. */
  joinMs: Float64Array
  leaveMs: Float64Array
  durationSeconds: Float64Array
  waitingRoom: Uint8Array
  /** 1 when the row counts toward minutes: in the meeting, with a usable interval. */
  counted: Uint8Array
  /** Trimmed display names, lowercased emails, ids as text; '' when absent. */
  names: string[]
  emails: string[]
  zoomUserIds: string[]
  registrantIds: string[]
  participantIds: string[]
}

/**
 * The interval comes from join and leave times; when one is missing it is derived from the other
 * and the duration (seconds). Nothing else is guessed. Non-object rows are skipped.
 */
export function readRowTable(input: readonly ParticipantRow[]): RowTable {
  const rows = input.filter((row) => row !== null && typeof row === 'object')
  const n = rows.length
  const table: RowTable = {
    rows,
    joinMs: new Float64Array(n),
    leaveMs: new Float64Array(n),
    durationSeconds: new Float64Array(n),
    waitingRoom: new Uint8Array(n),
    counted: new Uint8Array(n),
    names: new Array<string>(n),
    emails: new Array<string>(n),
    zoomUserIds: new Array<string>(n),
    registrantIds: new Array<string>(n),
    participantIds: new Array<string>(n)
  }
  for (let i = 0; i < n; i++) {
    const row = rows[i] as ReportParticipantRow
    let join = parseInstant(row.join_time) ?? NaN
    let leave = parseInstant(row.leave_time) ?? NaN
    const duration = nonNegativeNumber(row.duration) ?? NaN
    if (leave !== leave && join === join && duration === duration) leave = join + duration * 1000
    else if (join !== join && leave === leave && duration === duration) {
      join = leave - duration * 1000
    }
    const waiting = text(row.status) === 'in_waiting_room'
    table.joinMs[i] = join
    table.leaveMs[i] = leave
    table.durationSeconds[i] = duration
    table.waitingRoom[i] = waiting ? 1 : 0
    table.counted[i] = !waiting && leave >= join ? 1 : 0 // false when either is NaN
    table.names[i] = text(row.name)
    table.emails[i] = normalizeEmail(row.user_email)
    table.zoomUserIds[i] = text(row.id) || text(row.participant_user_id)
    table.registrantIds[i] = text(row.registrant_id)
    table.participantIds[i] = text(row.user_id)
  }
  return table
}

/** Two rows that say exactly the same thing about the same join (Zoom can repeat a row). */
export function sameRow(table: RowTable, a: number, b: number): boolean {
  return (
    table.joinMs[a] === table.joinMs[b] &&
    Object.is(table.leaveMs[a], table.leaveMs[b]) &&
    Object.is(table.durationSeconds[a], table.durationSeconds[b]) &&
    table.waitingRoom[a] === table.waitingRoom[b] &&
    table.participantIds[a] === table.participantIds[b] &&
    table.zoomUserIds[a] === table.zoomUserIds[b] &&
    table.registrantIds[a] === table.registrantIds[b] &&
    table.emails[a] === table.emails[b] &&
    table.names[a] === table.names[b]
  )
}
