/**
 * Join/leave rows as Zoom reports them, shared by the meeting and webinar attendance generators:
 * one row per session, a drop-out and rejoin starts a new row, and per-meeting participant ids
 * are handed out in join order.
 */
import type { Rng } from './random'
import { minuteMs } from './time'
import type { SimParticipantRow } from './types'

export interface RowPerson {
  id: string
  name: string
  email: string
  registrantId?: string
  internal: boolean
}

export function sessionRow(
  person: RowPerson,
  from: number,
  to: number,
  status: SimParticipantRow['status'] = 'in_meeting'
): SimParticipantRow {
  return {
    id: person.internal ? person.id : '',
    userId: '',
    participantUserId: person.internal ? person.id : '',
    ...(person.registrantId ? { registrantId: person.registrantId } : {}),
    name: person.name,
    email: person.email,
    // Whole seconds, so duration == leave_time - join_time exactly, as on Zoom.
    joinTime: wholeSecond(from),
    leaveTime: wholeSecond(Math.max(from + 1000, to)),
    status,
    internalUser: person.internal,
    failover: false
  }
}

/** One row from join to leave, or, for someone whose connection drops, one row per stretch. */
export function stayRows(
  rng: Rng,
  person: RowPerson,
  join: number,
  leave: number,
  rejoin: boolean
): SimParticipantRow[] {
  if (!rejoin) return [sessionRow(person, join, leave)]
  const rows: SimParticipantRow[] = []
  const drops = rng.int(1, 2)
  let from = join
  for (let drop = 0; drop < drops; drop += 1) {
    const cut = from + Math.floor((leave - from) * (0.3 + rng.next() * 0.3))
    rows.push(sessionRow(person, from, cut))
    from = cut + rng.int(1, 3) * minuteMs
  }
  rows.push(sessionRow(person, Math.min(from, leave - 1000), leave))
  return rows
}

/** Sorts by join time and gives each row Zoom's per-meeting numeric participant id. */
export function numberRows<T extends SimParticipantRow>(rows: T[]): T[] {
  rows.sort((a, b) => a.joinTime - b.joinTime)
  rows.forEach((row, index) => {
    row.userId = String(16_778_240 + index * 1024)
  })
  return rows
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000
}
