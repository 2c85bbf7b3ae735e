/**
 * The archive's whole interface. Callers (sync, views, CLI) use only these types and methods and
 * never write SQL, so a server database can implement the same interface later. Every method is
 * async for that reason, even where SQLite answers at once.
 */
import type { AppError } from '../../shared/app-error'
import type { MeetingDetail, ParticipantSource, Registrant } from '../attendance/engine/zoom-rows'
import type { ParticipantRow } from '../attendance/engine/row-table'
import type { IdentityAction, IdentityActionInput } from './identity-book-types'

export type * from './identity-book-types'

export type SessionKind = 'meeting' | 'webinar'

/** A Zoom account, by its Headcount profile id (the demo is its own account). */
export type AccountId = string

export interface HostInput {
  zoomUserId: string
  email?: string
  displayName?: string
}

export interface MeetingInput {
  kind: SessionKind
  /** Zoom's int64 id as text. */
  id: string
  topic?: string
  type?: number | null
  /** Zoom's recurrence object, when the meeting is recurring. */
  recurrence?: unknown
  /** The meeting or webinar object as Zoom returned it, if fetched. */
  raw?: unknown
}

/** A panelist or absentee row: kept raw, looked up like a registrant. */
export type RosterRow = Registrant & { name?: string | null; [field: string]: unknown }

export interface StoreInstanceInput {
  account: AccountId
  meeting: MeetingInput
  host?: HostInput
  /** The instance detail as Zoom returned it; uuid is required. */
  detail: MeetingDetail & { uuid: string; timezone?: string | null; [field: string]: unknown }
  source: ParticipantSource
  /** Every page of participant rows, in Zoom's order. */
  participants: readonly ParticipantRow[]
  /** Registrants of all statuses. */
  registrants?: readonly Registrant[]
  panelists?: readonly RosterRow[]
  absentees?: readonly RosterRow[]
  /** Plain-language notes fetched with it (a fallback source, registration off). */
  notes?: readonly string[]
  fetchedAt?: Date
}

export interface StoreResult {
  /** 'replaced' when the instance was archived before (a refresh); the old copy is gone. */
  outcome: 'new' | 'replaced'
  participantRows: number
  rosterRows: number
}

export interface InstanceSummary {
  account: AccountId
  uuid: string
  kind: SessionKind
  meetingId: string
  topic: string
  hostZoomId: string | null
  startMs: number | null
  endMs: number | null
  durationMinutes: number | null
  timeZone: string
  source: ParticipantSource
  fetchedAtMs: number
  /** When Zoom stopped serving it (3001, 12702); null while Zoom still has it. */
  goneSinceMs: number | null
  participantRows: number
  rosterRows: number
}

/** Everything the engine needs to recompute one instance, exactly as Zoom sent it. */
export interface ArchivedInstance {
  summary: InstanceSummary
  detail: MeetingDetail
  source: ParticipantSource
  participants: ParticipantRow[]
  registrants: Registrant[]
  panelists: RosterRow[]
  absentees: RosterRow[]
  notes: string[]
}

export interface InstanceFilter {
  account: AccountId
  hostZoomId?: string
  /** The host's email, ignoring case (what an admin types to pick a host). */
  hostEmail?: string
  kind?: SessionKind
  /** Series: Zoom's meeting id. */
  meetingId?: string
  /** Inclusive start, exclusive end, epoch ms on the instance start. */
  fromMs?: number
  toMs?: number
  /** Topic contains this text, ignoring case and accents. */
  topic?: string
  limit?: number
}

export type PersonKey =
  | { email: string }
  | { registrantId: string }
  | { userId: string }
  /** Exact name in the engine's identity form (NFC, case-folded). */
  | { name: string }

/** A person found by search: the accent-free name key and the email, as stored. */
export interface PersonMatch {
  searchKey: string
  email: string
}

/** A programme as kept in the archive: its definition is checked by the people use-cases. */
export interface StoredProgramme {
  id: string
  name: string
  definition: unknown
  updatedAtMs: number
}

export interface HistoryEntry {
  uuid: string
  kind: SessionKind
  meetingId: string
  topic: string
  startMs: number | null
  /** Which list the row came from. */
  list: 'participant' | 'registrant' | 'panelist' | 'absentee'
  position: number
  joinMs: number | null
  leaveMs: number | null
  raw: ParticipantRow | RosterRow
}

export interface SyncWindow {
  hostZoomId: string
  kind: SessionKind
  /** YYYY-MM. */
  month: string
  state: 'partial' | 'complete'
  listed: number
  syncedAtMs: number
}

export interface FailureInput {
  uuid: string
  meetingId: string
  kind: SessionKind
  error: Pick<AppError, 'code' | 'message'>
  /** What the listing called it, so the failure can be named without Zoom. */
  topic?: string
  startMs?: number | null
}

export interface FailureEntry extends FailureInput {
  attempts: number
  firstFailedAtMs: number
  lastFailedAtMs: number
}

export type Retention = { keep: 'forever' } | { keep: 'months'; months: number }

/** One account's share of the archive. */
export interface AccountStats {
  instances: number
  participantRows: number
  oldestStartMs: number | null
  newestStartMs: number | null
}

/** A finished sync and its summary (kept as given; the caller owns its shape). */
export interface SyncRun {
  finishedAtMs: number
  summary: unknown
}

export interface ArchiveStats {
  file: string
  bytes: number
  accounts: number
  instances: number
  participantRows: number
  rosterRows: number
  oldestStartMs: number | null
  newestStartMs: number | null
}

/** Told to the person once, after open: what happened to their archive file and where it is. */
export interface ArchiveNotice {
  /** 'imported-cache' is added by the app after importing the old JSON meeting cache. */
  kind: 'damaged-set-aside' | 'not-sqlite-set-aside' | 'created' | 'imported-cache'
  message: string
  /** Where the old file now is, when one was set aside. */
  setAsidePath?: string
}

export interface LongJobOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

export interface PruneOptions extends LongJobOptions {
  /** Only this account's instances; every account when left out. */
  account?: AccountId
}

export interface Archive {
  readonly file: string
  /** Notices from opening (a damaged file set aside, a new archive created). */
  readonly notices: readonly ArchiveNotice[]
  close(): Promise<void>

  /** One instance, its rows and lists, in ONE transaction. A second store replaces the first. */
  storeInstance(input: StoreInstanceInput): Promise<StoreResult>
  /** A big import (the old JSON cache, a first sync): off the calling thread, each instance whole. */
  importInstances(inputs: readonly StoreInstanceInput[], options?: LongJobOptions): Promise<number>
  hasInstance(account: AccountId, uuid: string): Promise<boolean>
  /** The subset of `uuids` already archived. */
  archivedUuids(account: AccountId, uuids: readonly string[]): Promise<Set<string>>
  listInstances(filter: InstanceFilter): Promise<InstanceSummary[]>
  readInstance(account: AccountId, uuid: string): Promise<ArchivedInstance | null>
  /** Names or emails starting with `prefix`, ignoring case and accents (people search). */
  searchPeople(account: AccountId, prefix: string, limit?: number): Promise<PersonMatch[]>
  /** Every archived row of one person, oldest instance first. */
  history(account: AccountId, key: PersonKey): Promise<HistoryEntry[]>
  /** The name each match was last seen with, in order ('' when none is known). */
  personNames(account: AccountId, matches: readonly PersonMatch[]): Promise<string[]>
  listProgrammes(account: AccountId): Promise<StoredProgramme[]>
  /** Adds or replaces the programme with this id. */
  saveProgramme(account: AccountId, programme: Omit<StoredProgramme, 'updatedAtMs'>): Promise<void>
  /** False when there was no such programme. */
  deleteProgramme(account: AccountId, id: string): Promise<boolean>
  /** Zoom answered 3001/12702 for it; keeps the first date. */
  markGone(account: AccountId, uuid: string, at: Date, zoomCode: number): Promise<void>

  /** Adds one decision to the account's identity book (a new answer replaces the old one). */
  recordIdentityAction(
    account: AccountId,
    action: IdentityActionInput,
    at?: Date
  ): Promise<IdentityAction>
  /** Marks a decision undone (kept for the audit); false when there is no open one by that id. */
  undoIdentityAction(account: AccountId, id: number, reason?: string, at?: Date): Promise<boolean>
  /** The account's decisions, oldest first; undone ones only when asked. */
  identityActions(
    account: AccountId,
    options?: { includeUndone?: boolean }
  ): Promise<IdentityAction[]>

  syncWindows(account: AccountId, hostZoomId?: string): Promise<SyncWindow[]>
  setSyncWindow(account: AccountId, window: SyncWindow): Promise<void>
  recordFailure(account: AccountId, failure: FailureInput, at?: Date): Promise<void>
  clearFailure(account: AccountId, uuid: string): Promise<void>
  listFailures(account: AccountId): Promise<FailureEntry[]>
  /** Keeps a finished sync's summary (the last few per account). */
  recordSyncRun(account: AccountId, run: SyncRun): Promise<void>
  lastSyncRun(account: AccountId): Promise<SyncRun | null>
  accountStats(account: AccountId): Promise<AccountStats>

  /** Deletes every row of the account, then compacts the file. */
  forgetAccount(account: AccountId, options?: LongJobOptions): Promise<void>
  /** Deletes instances that started before `now` minus the retention; returns how many. */
  prune(retention: Retention, now?: Date, options?: PruneOptions): Promise<number>
  /** A consistent copy of the live archive, written to `target`. */
  backupTo(target: string, options?: LongJobOptions): Promise<void>
  /** Checks `source`, keeps the current archive beside it, and switches to the copy. */
  restoreFrom(source: string, options?: LongJobOptions): Promise<{ previousKeptAt: string }>
  /** The full integrity check: 'ok' or what SQLite found. */
  integrityCheck(): Promise<string[]>
  stats(): Promise<ArchiveStats>
}
