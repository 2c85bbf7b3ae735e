/**
 * Reads the archived sessions a question covers and has the engine compute every person of each
 * from the raw rows, exactly as the meeting view would (same threshold, same rules).
 */
import type { AccountId, Archive, InstanceFilter, InstanceSummary } from '../archive'
import { attendanceFromArchive } from '../attendance/fetch/archived-attendance'
import type { InstanceAttendance } from '../attendance/engine'
import { outcomesOf, sessionRef, type SessionOutcome, type SessionRef } from './session-outcome'

/** Which sessions: a series or a topic, some hosts, a date range. */
export interface SessionSelection {
  meetingId?: string
  topic?: string
  /** Host emails or Zoom user ids; every host when empty. */
  hosts?: readonly string[]
  /** Inclusive start, exclusive end, epoch ms on the session start. */
  fromMs?: number
  toMs?: number
}

export interface ComputedSession {
  session: SessionRef
  attendance: InstanceAttendance
}

export interface ArchivedOutcomes {
  sessions: SessionRef[]
  computed: ComputedSession[]
  outcomes: SessionOutcome[]
}

export interface ReadOptions {
  thresholdPercent: number
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

/** The archived sessions that match, newest first, each once. */
export async function selectSessions(
  archive: Archive,
  account: AccountId,
  selection: SessionSelection
): Promise<InstanceSummary[]> {
  const base: InstanceFilter = {
    account,
    meetingId: selection.meetingId,
    topic: selection.topic,
    fromMs: selection.fromMs,
    toMs: selection.toMs,
    limit: 100_000
  }
  const hosts = (selection.hosts ?? []).map((h) => h.trim()).filter((h) => h !== '')
  if (hosts.length === 0) return archive.listInstances(base)
  const seen = new Map<string, InstanceSummary>()
  for (const host of hosts) {
    const filter = host.includes('@') ? { hostEmail: host } : { hostZoomId: host }
    for (const s of await archive.listInstances({ ...base, ...filter })) seen.set(s.uuid, s)
  }
  return [...seen.values()].sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0))
}

export async function readOutcomes(
  archive: Archive,
  account: AccountId,
  selection: SessionSelection,
  options: ReadOptions
): Promise<ArchivedOutcomes> {
  const summaries = await selectSessions(archive, account, selection)
  const computed: ComputedSession[] = []
  const outcomes: SessionOutcome[] = []
  let done = 0
  for (const summary of summaries) {
    if (options.signal?.aborted) break
    const archived = await archive.readInstance(account, summary.uuid)
    done++
    options.onProgress?.(done, summaries.length)
    if (!archived) continue
    const session = sessionRef(archived.summary)
    const attendance = attendanceFromArchive(archived, options.thresholdPercent)
    computed.push({ session, attendance })
    outcomes.push(...outcomesOf(session, attendance))
  }
  return { sessions: computed.map((c) => c.session), computed, outcomes }
}
