/**
 * The archive's schema, as numbered migrations. PRAGMA user_version holds the number of the last
 * one applied; each runs in its own transaction at open (see migrate.ts). Never edit a shipped
 * migration: add the next number. Tests open a fixture file of every past version.
 *
 * Truth and cache: the raw tables (instances, participants, roster) hold Zoom's rows exactly as
 * Zoom sent them. Person rows are always computed from them by the attendance engine, so a
 * changed rule or a new alias recomputes every past meeting. A derived table added later for
 * speed (e.g. person rows per instance) must be a rebuildable cache: named `cache_*`, stamped
 * with the rules version it was built with, and safe to drop and rebuild at any time.
 */

export interface Migration {
  version: number
  /** What the migration adds, for logs and for the people reading the code. */
  purpose: string
  sql: string
}

const v1 = `
-- One row per Zoom account (a Headcount profile id; the demo is its own account).
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  profile_id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);

-- Zoom users who host meetings.
CREATE TABLE hosts (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  zoom_user_id TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  display_name TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  UNIQUE (account_id, zoom_user_id)
);

-- A meeting or webinar: the series that instances belong to. zoom_id is Zoom's int64 id, as text
-- so it is never rounded. raw is the object as Zoom returned it (recurrence, settings...).
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'webinar')),
  zoom_id TEXT NOT NULL,
  host_id INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
  topic TEXT NOT NULL DEFAULT '',
  -- Zoom's type: 1 instant, 2 scheduled, 3 recurring without a time, 8 recurring (5, 6, 9 webinars).
  type INTEGER,
  recurrence TEXT,
  raw TEXT,
  updated_at INTEGER NOT NULL,
  UNIQUE (account_id, kind, zoom_id)
);

-- One ended occurrence, by Zoom's instance UUID (may contain '/', '+', '=').
-- source: which endpoint gave the participants. gone_since: first time Zoom answered that it no
-- longer has the instance (3001, 12702); the archived copy stays.
CREATE TABLE instances (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  uuid TEXT NOT NULL,
  start_ms INTEGER,
  end_ms INTEGER,
  duration_minutes INTEGER,
  time_zone TEXT NOT NULL DEFAULT '',
  host_id INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
  source TEXT NOT NULL CHECK (source IN ('report', 'past-participants')),
  fetched_at INTEGER NOT NULL,
  gone_since INTEGER,
  gone_code INTEGER,
  detail TEXT NOT NULL,
  participant_rows INTEGER NOT NULL,
  roster_rows INTEGER NOT NULL,
  UNIQUE (account_id, uuid)
);
CREATE INDEX instances_by_start ON instances (account_id, start_ms);
CREATE INDEX instances_by_meeting ON instances (meeting_id, start_ms);
CREATE INDEX instances_by_host ON instances (host_id, start_ms);

-- Every participant row exactly as Zoom returned it (raw), in Zoom's order (position), plus the
-- columns the archive-wide questions look up: email lower-cased; registrant and Zoom user ids;
-- name_key = the name in NFC, case-folded, spaces collapsed (the engine's identity form);
-- search_key = name_key without accents (people search, and narrowing name lookups);
-- join and leave in epoch ms. The primary key makes a repeated store impossible.
CREATE TABLE participants (
  instance_id INTEGER NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  email TEXT NOT NULL,
  registrant_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  name_key TEXT NOT NULL,
  search_key TEXT NOT NULL,
  join_ms INTEGER,
  leave_ms INTEGER,
  raw TEXT NOT NULL,
  PRIMARY KEY (instance_id, position)
);
-- Partial: guests' hidden emails and missing ids are '' and are never looked up.
CREATE INDEX participants_by_email ON participants (email) WHERE email <> '';
CREATE INDEX participants_by_registrant ON participants (registrant_id) WHERE registrant_id <> '';
CREATE INDEX participants_by_user ON participants (user_id) WHERE user_id <> '';
CREATE INDEX participants_by_name ON participants (search_key) WHERE search_key <> '';

-- Registrants (every status), and room for webinar panelists and absentees: the same shape of
-- person list, told apart by list. Stored per instance as fetched with it.
CREATE TABLE roster (
  instance_id INTEGER NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  list TEXT NOT NULL CHECK (list IN ('registrant', 'panelist', 'absentee')),
  position INTEGER NOT NULL,
  registrant_id TEXT NOT NULL,
  email TEXT NOT NULL,
  name_key TEXT NOT NULL,
  search_key TEXT NOT NULL,
  status TEXT NOT NULL,
  raw TEXT NOT NULL,
  PRIMARY KEY (instance_id, list, position)
);
CREATE INDEX roster_by_email ON roster (email) WHERE email <> '';
CREATE INDEX roster_by_registrant ON roster (registrant_id) WHERE registrant_id <> '';
CREATE INDEX roster_by_name ON roster (search_key) WHERE search_key <> '';

-- How far each host's report listing has been walked, one month window at a time.
CREATE TABLE sync_windows (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  host_zoom_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'webinar')),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  state TEXT NOT NULL CHECK (state IN ('partial', 'complete')),
  listed INTEGER NOT NULL,
  synced_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, host_zoom_id, kind, month)
);

-- Instances that could not be fetched: retried on the next sync, listed in its summary.
CREATE TABLE failures (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  uuid TEXT NOT NULL,
  meeting_zoom_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'webinar')),
  error_code TEXT NOT NULL,
  message TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  first_failed_at INTEGER NOT NULL,
  last_failed_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, uuid)
);
`

const v2 = `
-- The plain-language notes fetched with an instance (a fallback source, registration off), so the
-- archived view says what the live one said. A JSON array of strings.
ALTER TABLE instances ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';

-- What a failed instance was, so a summary can name it without asking Zoom again.
ALTER TABLE failures ADD COLUMN topic TEXT NOT NULL DEFAULT '';
ALTER TABLE failures ADD COLUMN start_ms INTEGER;

-- Each account's recent syncs (by the app or a scheduled "headcount sync") and what they found:
-- the summary as JSON, in the shape the window shows.
CREATE TABLE sync_runs (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  finished_at INTEGER NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (account_id, finished_at)
);
`

// v3 is reserved for the ingest work; numbers need not be contiguous (migrate.ts skips none).
const v4 = `
-- The identity book: every decision about who is who (an answered review question, a manual
-- merge, a split, an alias), per account, with its time and reason. Append-only: undo sets
-- undone_at and keeps the row, for the audit. Attendance is always recomputed with the open ones.
-- link_key is the engine's key of the question (accept, reject, merge).
CREATE TABLE identity_actions (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'merge', 'alias', 'split')),
  link_key TEXT NOT NULL DEFAULT '',
  alias TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  person_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  meeting_uuid TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  undone_at INTEGER,
  undone_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX identity_actions_by_account ON identity_actions (account_id, created_at);
CREATE INDEX identity_actions_by_key ON identity_actions (account_id, link_key)
  WHERE link_key <> '';
`

const v5 = `
-- Programmes (completion rules such as "Onboarding: any 1 session at 75%"), kept with the account
-- they belong to. definition is the rule and meeting selection as JSON; every status is computed
-- from the raw rows on read, so nothing derived is stored.
CREATE TABLE programmes (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  definition TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, id)
);
`

export const migrations: readonly Migration[] = [
  {
    version: 1,
    purpose: 'accounts, hosts, meetings and webinars, instances, raw rows, sync state, failures',
    sql: v1
  },
  {
    version: 2,
    purpose: 'notes kept with each instance, failures named by topic and start, recent syncs',
    sql: v2
  },
  {
    version: 4,
    purpose: 'the identity book: review answers, merges, splits and aliases, with undo',
    sql: v4
  },
  { version: 5, purpose: 'programmes kept with their account', sql: v5 }
]

export const latestVersion = migrations[migrations.length - 1].version
