import { buildCsvTable, type CsvColumn } from '../../csv'
import { listPastMeetingsForHost } from '../../attendance/fetch'
import { listScheduledMeetings } from '../../scheduling/scheduled-meetings'
import type { ReportMeetingListItem, UserMeetingsType, ZoomMeetingListItem } from '../../zoom'
import type { CliMeetingType } from '../cli-arguments'
import type { CommandContext, CommandResult } from './command-result'

const meetingTypes: Record<number, string> = {
  1: 'Instant',
  2: 'Scheduled',
  3: 'Recurring, no fixed time',
  8: 'Recurring'
}

const typeName = (type: number | undefined): string =>
  type === undefined ? '' : (meetingTypes[type] ?? '')

// Text, never a number: ids are int64 and Excel would round them.
const idText = (id: number | string | undefined): string => (id === undefined ? '' : String(id))

const scheduledColumns: CsvColumn<ZoomMeetingListItem>[] = [
  { header: 'Meeting ID', value: (m) => idText(m.id) },
  { header: 'Topic', value: (m) => m.topic ?? '' },
  { header: 'Type', value: (m) => typeName(m.type) },
  { header: 'Start (UTC)', value: (m) => m.start_time ?? '' },
  { header: 'Duration (minutes)', value: (m) => m.duration ?? null },
  { header: 'Time Zone', value: (m) => m.timezone ?? '' },
  { header: 'Join URL', value: (m) => m.join_url ?? '' }
]

/** One row per session that took place, with the UUID `headcount attendance` takes. */
const pastColumns: CsvColumn<ReportMeetingListItem>[] = [
  { header: 'Meeting ID', value: (m) => idText(m.id) },
  { header: 'Meeting UUID', value: (m) => m.uuid ?? '' },
  { header: 'Topic', value: (m) => m.topic ?? '' },
  { header: 'Type', value: (m) => typeName(m.type) },
  { header: 'Start (UTC)', value: (m) => m.start_time ?? '' },
  { header: 'End (UTC)', value: (m) => m.end_time ?? '' },
  { header: 'Duration (minutes)', value: (m) => m.duration ?? null },
  { header: 'Participants', value: (m) => m.participants_count ?? null }
]

export interface MeetingsCommandOptions {
  user: string
  type: CliMeetingType
  /** For `past`: the first and last day (UTC). */
  from: string
  to: string
  /** Whether this is the demo, so the suggested next command says --demo too. */
  demo: boolean
}

/**
 * `headcount meetings`: a host's meetings of one type (default scheduled), or with
 * `--type past` the sessions they ran between two days, from Zoom's reports. Notes on stderr
 * name whose meetings these are and the command that reads one's attendance.
 */
export async function meetingsCommand(
  context: CommandContext,
  options: MeetingsCommandOptions
): Promise<CommandResult> {
  const notes = await whoIsMe(context, options)
  const next = `headcount${options.demo ? ' --demo' : ''} attendance`
  if (options.type === 'past') {
    const sessions = await listPastMeetingsForHost(
      context.client,
      options.user,
      options.from,
      options.to,
      { signal: context.signal, now: context.io.now }
    )
    const latest = sessions.at(-1)
    notes.push(
      `${plural(sessions.length, 'session')} from ${options.from} to ${options.to}.`,
      latest?.uuid
        ? `For the attendance of one, run: ${next} "${latest.uuid}"`
        : 'Zoom’s reports list a session once two or more people joined it.'
    )
    return { table: buildCsvTable(pastColumns, sessions), notes, incomplete: null }
  }
  const type: UserMeetingsType = options.type
  const meetings = await listScheduledMeetings(context.client, options.user, type, {
    signal: context.signal
  })
  notes.push(`${plural(meetings.length, `${type.replace('_', ' ')} meeting`)}.`)
  const now = (context.io.now?.() ?? new Date()).getTime()
  const held = meetings.find((m) => m.type === 8 || m.type === 3 || startsBefore(m, now))
  notes.push(
    held?.id === undefined
      ? 'Try --type past for the sessions that already took place.'
      : `For the attendance of a meeting's latest session, run: ${next} ${String(held.id)}`
  )
  return { table: buildCsvTable(scheduledColumns, meetings), notes, incomplete: null }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function startsBefore(meeting: ZoomMeetingListItem, now: number): boolean {
  const start = Date.parse(meeting.start_time ?? '')
  return Number.isFinite(start) && start < now
}

/** Who "me" is, when Zoom says: the email to use with --user from now on. */
async function whoIsMe(
  context: CommandContext,
  options: MeetingsCommandOptions
): Promise<string[]> {
  if (options.user !== 'me') return [`Meetings of ${options.user}.`]
  try {
    const me = await context.client.getUser('me', { signal: context.signal })
    if (!me.email) return []
    const who = options.demo ? 'the demo organisation’s host' : 'the owner of your Zoom app'
    return [`Meetings of ${me.email} ("me": ${who}).`]
  } catch {
    // A courtesy: a missing user:read scope must not stop the listing.
    return []
  }
}
