import {
  displayName,
  foldName,
  nonNegativeNumber,
  normalizeEmail,
  parseInstant,
  text
} from './field-values'
import { settleTimes, type CountWindow, type SettledTimes } from './time-rules'
import type { PastParticipantRow, ReportParticipantRow } from './zoom-rows'

export type ParticipantRow = ReportParticipantRow | PastParticipantRow

/**
 * Participant rows read once into columns: index i describes rows[i]. Columns instead of one
 * object per row keep 100,000-row meetings cheap for the garbage collector.
 */
export interface RowTable {
  rows: ParticipantRow[]
  /** Settled times (time-rules.ts); NaN when unknown. */
  joinMs: Float64Array
  leaveMs: Float64Array
  /** The part that counts, clipped to the instance's window. */
  countFromMs: Float64Array
  countToMs: Float64Array
  durationSeconds: Float64Array
  waitingRoom: Uint8Array
  /** 1 when the row counts toward minutes: in the meeting, with a usable interval. */
  counted: Uint8Array
  /** rowFlagBits; the weak-name bit is set later, once keys are known (identity-records.ts). */
  flags: Uint8Array
  /** Display names (trimmed, NFC), their folded keys, lowercased emails, ids as text. */
  names: string[]
  nameKeys: string[]
  emails: string[]
  zoomUserIds: string[]
  registrantIds: string[]
  participantIds: string[]
}

/** Reads the rows; non-object rows are skipped. Times are settled against `window`. */
export function readRowTable(input: readonly ParticipantRow[], window: CountWindow): RowTable {
  // Copied only when something needs leaving out: 100,000 rows are usually all objects.
  const rows = input.every((row) => row !== null && typeof row === 'object')
    ? (input as ParticipantRow[])
    : input.filter((row) => row !== null && typeof row === 'object')
  const n = rows.length
  const table: RowTable = {
    rows,
    joinMs: new Float64Array(n),
    leaveMs: new Float64Array(n),
    countFromMs: new Float64Array(n),
    countToMs: new Float64Array(n),
    durationSeconds: new Float64Array(n),
    waitingRoom: new Uint8Array(n),
    counted: new Uint8Array(n),
    flags: new Uint8Array(n),
    names: new Array<string>(n),
    nameKeys: new Array<string>(n),
    emails: new Array<string>(n),
    zoomUserIds: new Array<string>(n),
    registrantIds: new Array<string>(n),
    participantIds: new Array<string>(n)
  }
  const settled: SettledTimes = { joinMs: 0, leaveMs: 0, countFromMs: 0, countToMs: 0, flags: 0 }
  let lastName = ''
  let lastKey = ''
  for (let i = 0; i < n; i++) {
    const row = rows[i] as ReportParticipantRow
    const duration = nonNegativeNumber(row.duration) ?? NaN
    settleTimes(
      parseInstant(row.join_time) ?? NaN,
      parseInstant(row.leave_time) ?? NaN,
      duration,
      window,
      settled
    )
    const waiting = text(row.status) === 'in_waiting_room'
    table.joinMs[i] = settled.joinMs
    table.leaveMs[i] = settled.leaveMs
    table.countFromMs[i] = settled.countFromMs
    table.countToMs[i] = settled.countToMs
    table.durationSeconds[i] = duration
    table.waitingRoom[i] = waiting ? 1 : 0
    // False when either time is NaN.
    table.counted[i] = !waiting && settled.leaveMs >= settled.joinMs ? 1 : 0
    // A waiting-room row never counts, so its times need no flags.
    table.flags[i] = waiting ? 0 : settled.flags
    const name = displayName(row.name)
    table.names[i] = name
    // A person's rows often repeat one name; reuse the last fold.
    if (name !== lastName) {
      lastName = name
      lastKey = foldName(name)
    }
    table.nameKeys[i] = lastKey
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
