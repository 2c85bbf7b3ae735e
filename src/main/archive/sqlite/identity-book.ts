/**
 * The identity book's reads and writes (migration v4): an append-only list of decisions per
 * account. Undo marks a row undone instead of deleting it, so the audit keeps every step.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { IdentityAction, IdentityActionInput } from '../identity-book-types'
import { inTransaction } from './connection'
import type { InstanceWriter } from './store-instance'

interface ActionRow {
  id: number
  kind: IdentityAction['kind']
  link_key: string
  alias: string
  email: string
  person_key: string
  name: string
  meeting_uuid: string
  reason: string
  summary: string
  created_at: number
  undone_at: number | null
  undone_reason: string
}

const account = '(SELECT id FROM accounts WHERE profile_id = ?)'

export class IdentityBookStore {
  private readonly insert: StatementSync
  private readonly supersede: StatementSync
  private readonly undo: StatementSync
  private readonly list: StatementSync

  constructor(
    private readonly db: DatabaseSync,
    private readonly instances: InstanceWriter
  ) {
    this.insert = db.prepare(
      `INSERT INTO identity_actions (account_id, kind, link_key, alias, email, person_key, name,
         meeting_uuid, reason, summary, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
    )
    // A new answer to the same question replaces the old one (which stays, marked undone).
    this.supersede = db.prepare(
      `UPDATE identity_actions SET undone_at = ?, undone_reason = 'Answered again'
       WHERE account_id = ? AND link_key = ? AND link_key <> '' AND undone_at IS NULL`
    )
    this.undo = db.prepare(
      `UPDATE identity_actions SET undone_at = ?, undone_reason = ?
       WHERE account_id = ${account} AND id = ? AND undone_at IS NULL`
    )
    this.list = db.prepare(
      `SELECT * FROM identity_actions WHERE account_id = ${account}
         AND (?2 = 1 OR undone_at IS NULL) ORDER BY created_at, id`
    )
  }

  record(profileId: string, input: IdentityActionInput, at: Date): IdentityAction {
    return inTransaction(this.db, () => {
      const accountId = this.instances.accountId(profileId, at.getTime())
      const row = {
        kind: input.kind,
        linkKey: input.linkKey ?? '',
        alias: input.alias ?? '',
        email: input.email ?? '',
        personKey: input.personKey ?? '',
        name: input.name ?? '',
        meetingUuid: input.meetingUuid ?? '',
        reason: input.reason ?? '',
        summary: input.summary ?? ''
      }
      if (row.linkKey !== '') this.supersede.run(at.getTime(), accountId, row.linkKey)
      const { id } = this.insert.get(
        accountId,
        row.kind,
        row.linkKey,
        row.alias,
        row.email,
        row.personKey,
        row.name,
        row.meetingUuid,
        row.reason,
        row.summary,
        at.getTime()
      ) as { id: number }
      return { ...row, id, createdAtMs: at.getTime(), undoneAtMs: null, undoneReason: '' }
    })
  }

  /** False when there is no such decision, or it was already undone. */
  undoAction(profileId: string, id: number, at: Date, reason: string): boolean {
    return this.undo.run(at.getTime(), reason, profileId, id).changes > 0
  }

  actions(profileId: string, includeUndone: boolean): IdentityAction[] {
    return (this.list.all(profileId, includeUndone ? 1 : 0) as unknown as ActionRow[]).map(
      (row) => ({
        id: row.id,
        kind: row.kind,
        linkKey: row.link_key,
        alias: row.alias,
        email: row.email,
        personKey: row.person_key,
        name: row.name,
        meetingUuid: row.meeting_uuid,
        reason: row.reason,
        summary: row.summary,
        createdAtMs: row.created_at,
        undoneAtMs: row.undone_at,
        undoneReason: row.undone_reason
      })
    )
  }
}
