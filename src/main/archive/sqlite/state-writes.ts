/** The small writes beside storing instances: gone-from-Zoom marks, sync state, failures. */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { FailureInput, SyncRun, SyncWindow } from '../archive-types'
import { inTransaction } from './connection'
import { InstanceWriter } from './store-instance'

/** Sync summaries kept per account: enough to show the last one and a short history. */
const KEPT_SYNC_RUNS = 20

export class StateWriter {
  private readonly gone: StatementSync
  private readonly window: StatementSync
  private readonly failure: StatementSync
  private readonly clear: StatementSync
  private readonly run: StatementSync
  private readonly trimRuns: StatementSync

  constructor(
    private readonly db: DatabaseSync,
    private readonly instances: InstanceWriter
  ) {
    this.gone = db.prepare(
      `UPDATE instances SET gone_since = ?, gone_code = ?
       WHERE account_id = (SELECT id FROM accounts WHERE profile_id = ?) AND uuid = ?
         AND gone_since IS NULL`
    )
    this.window = db.prepare(
      `INSERT INTO sync_windows (account_id, host_zoom_id, kind, month, state, listed, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, host_zoom_id, kind, month) DO UPDATE SET
         state = excluded.state, listed = excluded.listed, synced_at = excluded.synced_at`
    )
    this.failure = db.prepare(
      `INSERT INTO failures (account_id, uuid, meeting_zoom_id, kind, error_code, message,
         attempts, first_failed_at, last_failed_at, topic, start_ms)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?7, ?7, ?8, ?9)
       ON CONFLICT (account_id, uuid) DO UPDATE SET
         error_code = excluded.error_code, message = excluded.message,
         attempts = attempts + 1, last_failed_at = excluded.last_failed_at,
         topic = CASE WHEN excluded.topic <> '' THEN excluded.topic ELSE topic END,
         start_ms = coalesce(excluded.start_ms, start_ms)`
    )
    this.run = db.prepare(
      `INSERT INTO sync_runs (account_id, finished_at, summary) VALUES (?, ?, ?)
       ON CONFLICT (account_id, finished_at) DO UPDATE SET summary = excluded.summary`
    )
    this.trimRuns = db.prepare(
      `DELETE FROM sync_runs WHERE account_id = ?1 AND finished_at NOT IN
         (SELECT finished_at FROM sync_runs WHERE account_id = ?1
          ORDER BY finished_at DESC LIMIT ${KEPT_SYNC_RUNS})`
    )
    this.clear = db.prepare(
      'DELETE FROM failures WHERE account_id = (SELECT id FROM accounts WHERE profile_id = ?) AND uuid = ?'
    )
  }

  markGone(profileId: string, uuid: string, at: Date, zoomCode: number): void {
    this.gone.run(at.getTime(), zoomCode, profileId, uuid)
  }

  setSyncWindow(profileId: string, w: SyncWindow): void {
    const account = this.instances.accountId(profileId, Date.now())
    this.window.run(account, w.hostZoomId, w.kind, w.month, w.state, w.listed, w.syncedAtMs)
  }

  recordFailure(profileId: string, f: FailureInput, at: Date): void {
    const account = this.instances.accountId(profileId, Date.now())
    this.failure.run(
      account,
      f.uuid,
      f.meetingId,
      f.kind,
      f.error.code,
      f.error.message,
      at.getTime(),
      f.topic ?? '',
      typeof f.startMs === 'number' && Number.isFinite(f.startMs) ? f.startMs : null
    )
  }

  recordSyncRun(profileId: string, run: SyncRun): void {
    inTransaction(this.db, () => {
      const account = this.instances.accountId(profileId, Date.now())
      this.run.run(account, run.finishedAtMs, JSON.stringify(run.summary ?? null))
      this.trimRuns.run(account)
    })
  }

  clearFailure(profileId: string, uuid: string): void {
    this.clear.run(profileId, uuid)
  }
}
