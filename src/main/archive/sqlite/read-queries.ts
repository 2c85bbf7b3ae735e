/**
 * Every read the archive answers, as prepared statements on one connection. Each is an indexed
 * lookup sized for the main thread (one instance, one person, one page of instances).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type {
  AccountStats,
  ArchivedInstance,
  FailureEntry,
  HistoryEntry,
  InstanceFilter,
  InstanceSummary,
  PersonKey,
  PersonMatch,
  SessionKind,
  SyncRun,
  SyncWindow
} from '../archive-types'
import type { ParticipantSource } from '../../attendance/engine/zoom-rows'
import { emailKey, nameKey, searchKey, text } from './row-keys'

const summaryColumns = `a.profile_id AS account, i.uuid, m.kind, m.zoom_id AS meetingId,
  m.topic, h.zoom_user_id AS hostZoomId, i.start_ms AS startMs, i.end_ms AS endMs,
  i.duration_minutes AS durationMinutes, i.time_zone AS timeZone, i.source,
  i.fetched_at AS fetchedAtMs, i.gone_since AS goneSinceMs, i.participant_rows AS participantRows,
  i.roster_rows AS rosterRows`

const summaryFrom = `FROM instances i JOIN meetings m ON m.id = i.meeting_id
  JOIN accounts a ON a.id = i.account_id LEFT JOIN hosts h ON h.id = i.host_id`

// One history query per key kind: each is served by its own partial index (CROSS JOIN keeps
// that index as the outer loop whatever the planner guesses about accounts).
const historySql = (participantWhere: string, rosterWhere: string): string => `
  SELECT i.uuid, m.kind, m.zoom_id AS meetingId, m.topic, i.start_ms AS startMs,
    'participant' AS list, p.position, p.join_ms AS joinMs, p.leave_ms AS leaveMs, p.raw
  FROM participants p CROSS JOIN instances i ON i.id = p.instance_id JOIN meetings m ON m.id = i.meeting_id
  WHERE i.account_id = ?1 AND ${participantWhere}
  UNION ALL
  SELECT i.uuid, m.kind, m.zoom_id, m.topic, i.start_ms, r.list, r.position, NULL, NULL, r.raw
  FROM roster r CROSS JOIN instances i ON i.id = r.instance_id JOIN meetings m ON m.id = i.meeting_id
  WHERE i.account_id = ?1 AND ${rosterWhere}
  ORDER BY startMs, uuid, list, position`

export class ArchiveReader {
  private readonly accountId: StatementSync
  private readonly summary: StatementSync
  private readonly archived: StatementSync
  private readonly list: StatementSync
  private readonly participantsJson: StatementSync
  private readonly rosterJson: StatementSync
  private readonly byEmail: StatementSync
  private readonly byRegistrant: StatementSync
  private readonly byUser: StatementSync
  private readonly byName: StatementSync
  private readonly windows: StatementSync
  private readonly failures: StatementSync
  private readonly namePrefix: StatementSync
  private readonly emailPrefix: StatementSync
  private readonly lastRun: StatementSync
  private readonly accountTotals: StatementSync

  constructor(db: DatabaseSync) {
    this.accountId = db.prepare('SELECT id FROM accounts WHERE profile_id = ?')
    this.summary = db.prepare(
      `SELECT ${summaryColumns}, i.id AS instanceId, i.detail, i.notes ${summaryFrom}
       WHERE i.account_id = ? AND i.uuid = ?`
    )
    // A filter left out is NULL; instances per account are few enough to check each.
    this.list = db.prepare(
      `SELECT ${summaryColumns} ${summaryFrom} WHERE i.account_id = ?1
         AND (?2 IS NULL OR h.zoom_user_id = ?2) AND (?3 IS NULL OR m.kind = ?3)
         AND (?4 IS NULL OR m.zoom_id = ?4) AND (?5 IS NULL OR i.start_ms >= ?5)
         AND (?6 IS NULL OR i.start_ms < ?6) AND (?7 IS NULL OR h.email = ?7)
       ORDER BY i.start_ms DESC, i.uuid`
    )
    this.archived = db.prepare(
      'SELECT uuid FROM instances WHERE account_id = ? AND uuid IN (SELECT value FROM json_each(?))'
    )
    // One JSON array per list, built in SQLite: a single JSON.parse is faster than one per row.
    this.participantsJson = db.prepare(
      `SELECT '[' || coalesce(group_concat(raw, ',' ORDER BY position), '') || ']' AS rows
       FROM participants WHERE instance_id = ?`
    )
    this.rosterJson = db.prepare(
      `SELECT list, '[' || group_concat(raw, ',' ORDER BY position) || ']' AS rows
       FROM roster WHERE instance_id = ? GROUP BY list`
    )
    this.byEmail = db.prepare(
      historySql("p.email = ?2 AND p.email <> ''", "r.email = ?2 AND r.email <> ''")
    )
    this.byRegistrant = db.prepare(
      historySql(
        "p.registrant_id = ?2 AND p.registrant_id <> ''",
        "r.registrant_id = ?2 AND r.registrant_id <> ''"
      )
    )
    this.byUser = db.prepare(
      historySql("p.user_id = ?2 AND p.user_id <> ''", '0') // lists carry no Zoom user id
    )
    this.byName = db.prepare(
      historySql(
        "p.search_key = ?2 AND p.search_key <> '' AND p.name_key = ?3",
        "r.search_key = ?2 AND r.search_key <> '' AND r.name_key = ?3"
      )
    )
    this.windows = db.prepare(
      `SELECT host_zoom_id AS hostZoomId, kind, month, state, listed, synced_at AS syncedAtMs
       FROM sync_windows WHERE account_id = ? AND (?2 IS NULL OR host_zoom_id = ?2)
       ORDER BY host_zoom_id, kind, month`
    )
    // Index range scans (search_key, email), stopping once `limit` distinct people are found.
    // CROSS JOIN keeps the row index as the outer loop: one account is not a narrow filter.
    const prefixSql = (column: string): string => `
      SELECT DISTINCT search_key AS searchKey, email FROM (
        SELECT p.search_key, p.email FROM participants p CROSS JOIN instances i ON i.id = p.instance_id
        WHERE p.${column} >= ?2 AND p.${column} < ?3 AND p.${column} <> '' AND i.account_id = ?1
        UNION ALL
        SELECT r.search_key, r.email FROM roster r CROSS JOIN instances i ON i.id = r.instance_id
        WHERE r.${column} >= ?2 AND r.${column} < ?3 AND r.${column} <> '' AND i.account_id = ?1
      ) LIMIT ?4`
    this.namePrefix = db.prepare(prefixSql('search_key'))
    this.emailPrefix = db.prepare(prefixSql('email'))
    this.failures = db.prepare(
      `SELECT uuid, meeting_zoom_id AS meetingId, kind, error_code AS code, message, attempts,
         first_failed_at AS firstFailedAtMs, last_failed_at AS lastFailedAtMs, topic,
         start_ms AS startMs
       FROM failures WHERE account_id = ? ORDER BY last_failed_at, uuid`
    )
    this.lastRun = db.prepare(
      `SELECT finished_at AS finishedAtMs, summary FROM sync_runs WHERE account_id = ?
       ORDER BY finished_at DESC LIMIT 1`
    )
    this.accountTotals = db.prepare(
      `SELECT count(*) AS instances, coalesce(sum(participant_rows), 0) AS participantRows,
         min(start_ms) AS oldestStartMs, max(start_ms) AS newestStartMs
       FROM instances WHERE account_id = ?`
    )
  }

  account(profileId: string): number | null {
    const row = this.accountId.get(profileId) as { id: number } | undefined
    return row?.id ?? null
  }

  archivedUuids(profileId: string, uuids: readonly string[]): Set<string> {
    const account = this.account(profileId)
    if (account === null || uuids.length === 0) return new Set()
    const rows = this.archived.all(account, JSON.stringify(uuids)) as { uuid: string }[]
    return new Set(rows.map((r) => r.uuid))
  }

  listInstances(filter: InstanceFilter): InstanceSummary[] {
    const account = this.account(filter.account)
    if (account === null) return []
    const limit = filter.limit ?? 10_000
    const rows = this.list.all(
      account,
      filter.hostZoomId ?? null,
      filter.kind ?? null,
      filter.meetingId ?? null,
      filter.fromMs ?? null,
      filter.toMs ?? null,
      filter.hostEmail === undefined ? null : emailKey(filter.hostEmail)
    ) as unknown as InstanceSummary[]
    // Topics are few per archive; matching in JS gets Unicode case and accents right.
    const topic = filter.topic === undefined ? '' : searchKey(nameKey(filter.topic))
    const matched =
      topic === '' ? rows : rows.filter((r) => searchKey(nameKey(r.topic)).includes(topic))
    return matched.slice(0, limit).map(plainSummary)
  }

  readInstance(profileId: string, uuid: string): ArchivedInstance | null {
    const account = this.account(profileId)
    if (account === null) return null
    const row = this.summary.get(account, uuid) as
      (InstanceSummary & { instanceId: number; detail: string; notes: string }) | undefined
    if (!row) return null
    const { instanceId, detail, notes, ...summary } = row
    const lists: Record<string, unknown[]> = { registrant: [], panelist: [], absentee: [] }
    for (const entry of this.rosterJson.all(instanceId) as { list: string; rows: string }[]) {
      lists[entry.list] = JSON.parse(entry.rows) as unknown[]
    }
    const participants = (this.participantsJson.get(instanceId) as { rows: string }).rows
    return {
      summary: plainSummary(summary),
      detail: JSON.parse(detail),
      source: summary.source,
      participants: JSON.parse(participants),
      registrants: lists.registrant as ArchivedInstance['registrants'],
      panelists: lists.panelist as ArchivedInstance['panelists'],
      absentees: lists.absentee as ArchivedInstance['absentees'],
      notes: JSON.parse(notes) as string[]
    }
  }

  /**
   * People whose name or email starts with `prefix`, ignoring case and accents: distinct
   * (name, email) pairs as stored, at most `limit` of each kind.
   */
  searchPeople(profileId: string, prefix: string, limit: number): PersonMatch[] {
    const account = this.account(profileId)
    const name = searchKey(nameKey(prefix))
    const email = emailKey(prefix)
    if (account === null || name === '') return []
    const byName = this.namePrefix.all(account, name, nextPrefix(name), limit)
    const byEmail =
      email === '' ? [] : this.emailPrefix.all(account, email, nextPrefix(email), limit)
    const seen = new Set<string>()
    const matches: PersonMatch[] = []
    for (const row of [...byName, ...byEmail] as unknown as PersonMatch[]) {
      const key = `${row.searchKey} <${row.email}>`
      if (seen.has(key)) continue
      seen.add(key)
      matches.push({ searchKey: row.searchKey, email: row.email })
    }
    return matches
  }

  history(profileId: string, key: PersonKey): HistoryEntry[] {
    const account = this.account(profileId)
    if (account === null) return []
    let rows: Record<string, unknown>[]
    if ('email' in key) rows = this.byEmail.all(account, emailKey(key.email))
    else if ('registrantId' in key) rows = this.byRegistrant.all(account, text(key.registrantId))
    else if ('userId' in key) rows = this.byUser.all(account, text(key.userId))
    else {
      const name = nameKey(key.name)
      rows = this.byName.all(account, searchKey(name), name)
    }
    return rows.map((r) => ({
      ...(r as unknown as HistoryEntry),
      raw: JSON.parse(r.raw as string)
    }))
  }

  syncWindows(profileId: string, hostZoomId?: string): SyncWindow[] {
    const account = this.account(profileId)
    if (account === null) return []
    return (this.windows.all(account, hostZoomId ?? null) as unknown as SyncWindow[]).map((w) => ({
      ...w
    }))
  }

  listFailures(profileId: string): FailureEntry[] {
    const account = this.account(profileId)
    if (account === null) return []
    const rows = this.failures.all(account) as (Omit<FailureEntry, 'error'> & {
      code: string
      message: string
    })[]
    return rows.map(({ code, message, ...rest }) => ({
      ...rest,
      kind: rest.kind as SessionKind,
      error: { code, message } as FailureEntry['error']
    }))
  }

  lastSyncRun(profileId: string): SyncRun | null {
    const account = this.account(profileId)
    if (account === null) return null
    const row = this.lastRun.get(account) as { finishedAtMs: number; summary: string } | undefined
    return row ? { finishedAtMs: row.finishedAtMs, summary: JSON.parse(row.summary) } : null
  }

  accountStats(profileId: string): AccountStats {
    const account = this.account(profileId)
    const empty = { instances: 0, participantRows: 0, oldestStartMs: null, newestStartMs: null }
    if (account === null) return empty
    return { ...(this.accountTotals.get(account) as unknown as AccountStats) }
  }
}

/** The smallest string after every string that starts with `prefix` (UTF-8 order = code points). */
function nextPrefix(prefix: string): string {
  const chars = [...prefix]
  const last = chars.pop()!.codePointAt(0)!
  return chars.join('') + String.fromCodePoint(Math.min(last + 1, 0x10ffff))
}

/** node:sqlite rows have a null prototype; callers (and structured clone) want plain objects. */
function plainSummary(row: InstanceSummary): InstanceSummary {
  return { ...row, source: row.source as ParticipantSource }
}
