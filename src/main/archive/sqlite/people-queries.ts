/**
 * The archive's part of people and programmes: a shown name for each search match, and the
 * programmes kept per account (their definitions only; statuses are computed on read).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { PersonMatch, StoredProgramme } from '../archive-types'
import { inTransaction } from './connection'

export class PeopleQueries {
  private readonly participantName: StatementSync
  private readonly rosterName: StatementSync
  private readonly list: StatementSync
  private readonly account: StatementSync
  private readonly upsert: StatementSync
  private readonly remove: StatementSync

  constructor(db: DatabaseSync) {
    // The newest row of that key and email: names change, the latest is what people expect.
    const nameOf = (table: string, name: string): string => `
      SELECT ${name} AS name FROM ${table} t CROSS JOIN instances i ON i.id = t.instance_id
      WHERE t.search_key = ?2 AND t.email = ?3 AND i.account_id = (SELECT id FROM accounts WHERE profile_id = ?1)
      ORDER BY i.start_ms DESC LIMIT 1`
    this.participantName = db.prepare(nameOf('participants', "json_extract(t.raw, '$.name')"))
    this.rosterName = db.prepare(
      nameOf(
        'roster',
        "trim(coalesce(json_extract(t.raw, '$.first_name'), '') || ' ' || coalesce(json_extract(t.raw, '$.last_name'), ''))"
      )
    )
    this.list = db.prepare(
      `SELECT p.id, p.name, p.definition, p.updated_at AS updatedAtMs FROM programmes p
       JOIN accounts a ON a.id = p.account_id WHERE a.profile_id = ? ORDER BY p.name, p.id`
    )
    this.account = db.prepare(
      `INSERT INTO accounts (profile_id, created_at) VALUES (?, ?)
       ON CONFLICT (profile_id) DO UPDATE SET profile_id = excluded.profile_id RETURNING id`
    )
    this.upsert = db.prepare(
      `INSERT INTO programmes (account_id, id, name, definition, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, id) DO UPDATE SET name = excluded.name,
         definition = excluded.definition, updated_at = excluded.updated_at`
    )
    this.remove = db.prepare(
      `DELETE FROM programmes WHERE id = ?2
         AND account_id = (SELECT id FROM accounts WHERE profile_id = ?1)`
    )
    this.db = db
  }

  private readonly db: DatabaseSync

  /** The name each match was last seen with ('' when only an email is known). */
  names(profileId: string, matches: readonly PersonMatch[]): string[] {
    return matches.map((m) => {
      if (m.searchKey === '') return ''
      const row = (this.participantName.get(profileId, m.searchKey, m.email) ??
        this.rosterName.get(profileId, m.searchKey, m.email)) as { name: unknown } | undefined
      return typeof row?.name === 'string' ? row.name : ''
    })
  }

  programmes(profileId: string): StoredProgramme[] {
    return (this.list.all(profileId) as Record<string, unknown>[]).map((r) => ({
      id: String(r.id),
      name: String(r.name),
      definition: JSON.parse(String(r.definition)) as unknown,
      updatedAtMs: Number(r.updatedAtMs)
    }))
  }

  saveProgramme(
    profileId: string,
    programme: Omit<StoredProgramme, 'updatedAtMs'>,
    at: Date
  ): void {
    inTransaction(this.db, () => {
      const { id } = this.account.get(profileId, at.getTime()) as { id: number }
      this.upsert.run(
        id,
        programme.id,
        programme.name,
        JSON.stringify(programme.definition),
        at.getTime()
      )
    })
  }

  deleteProgramme(profileId: string, id: string): boolean {
    return Number(this.remove.run(profileId, id).changes) > 0
  }
}
