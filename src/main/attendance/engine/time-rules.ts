/**
 * How one participant row's times are settled before anything is counted. Rules:
 *
 * 1. Missing or impossible leave. A row whose leave time is missing, unreadable or before its
 *    join is handled one way: the leave becomes join + duration when Zoom gave a positive
 *    duration, else the meeting's end (never before the join), else, with the end unknown, the
 *    join itself (0 minutes). The row is flagged "leave time missing" or "leave before join", so
 *    both cases give the same status for the same data.
 * 2. A missing join is join = leave - duration when both are known; otherwise the row's times
 *    stay unknown and it is not counted (nothing else is guessed).
 * 3. Time outside the instance. Only time from 15 minutes before the instance's start to 15
 *    minutes after its end counts (the grace keeps hosts who open a minute early); a row with
 *    time outside that window is flagged. A row 28 days away counts 0 minutes, not 40,320.
 */
import { rowFlags } from '../../../shared/attendance/audit-vocabulary'

/** Bits of a row's flags; a row may carry several. */
export const rowFlagBits = {
  leaveMissing: 1,
  leaveBeforeJoin: 2,
  outsideInstance: 4,
  /** The row has no email, Zoom account or registration link, and a weak name (weak-names.ts). */
  weakName: 8
} as const

export type RowFlag = (typeof rowFlags)[number]

/** In bit order: rowFlagNames[b] is the flag of bit 1 << b. */
export const rowFlagNames: readonly RowFlag[] = rowFlags

const noFlags: readonly RowFlag[] = Object.freeze([])
const flagLists: (readonly RowFlag[])[] = [noFlags]

/** The flag names of a bit set; one shared frozen array per combination. */
export function flagList(bits: number): readonly RowFlag[] {
  let list = flagLists[bits]
  if (list === undefined) {
    list = Object.freeze(rowFlagNames.filter((_, bit) => (bits & (1 << bit)) !== 0))
    flagLists[bits] = list
  }
  return list
}

export const instanceGraceMs = 15 * 60_000

/** What counts for one instance: the grace window and the end rows are clipped to. */
export interface CountWindow {
  /** -Infinity / Infinity when the start / end is unknown. */
  fromMs: number
  toMs: number
  /** The instance's end, NaN when unknown. */
  endMs: number
}

export function countWindow(startMs: number | null, endMs: number | null): CountWindow {
  return {
    fromMs: startMs === null ? -Infinity : startMs - instanceGraceMs,
    toMs: endMs === null ? Infinity : endMs + instanceGraceMs,
    endMs: endMs ?? NaN
  }
}

/** Written in place by settleTimes (one object reused for every row). NaN means unknown. */
export interface SettledTimes {
  joinMs: number
  leaveMs: number
  /** The counted part, clipped to the window; nothing counts when countToMs <= countFromMs. */
  countFromMs: number
  countToMs: number
  flags: number
}

/** Applies rules 1–3 to one row's parsed join, leave and duration (all NaN when absent). */
export function settleTimes(
  join: number,
  leave: number,
  durationSeconds: number,
  window: CountWindow,
  out: SettledTimes
): void {
  let flags = 0
  if (join !== join && leave === leave && durationSeconds === durationSeconds) {
    join = leave - durationSeconds * 1000
  }
  if (join === join && !(leave >= join)) {
    flags |= leave === leave ? rowFlagBits.leaveBeforeJoin : rowFlagBits.leaveMissing
    const end = window.endMs
    if (durationSeconds > 0) leave = join + durationSeconds * 1000
    else leave = end === end && end > join ? end : join
  }
  out.joinMs = join
  out.leaveMs = leave
  if (join !== join || leave !== leave) {
    out.countFromMs = NaN
    out.countToMs = NaN
  } else {
    out.countFromMs = join < window.fromMs ? window.fromMs : join
    out.countToMs = leave > window.toMs ? window.toMs : leave
    if (join < window.fromMs || leave > window.toMs) flags |= rowFlagBits.outsideInstance
  }
  out.flags = flags
}
