import { buildCsvTable, type CsvColumn } from '../../csv'
import { listScheduledMeetings } from '../../scheduling/scheduled-meetings'
import type { UserMeetingsType, ZoomMeetingListItem } from '../../zoom'
import type { CommandContext, CommandResult } from './command-result'

const meetingTypes: Record<number, string> = {
  1: 'Instant',
  2: 'Scheduled',
  3: 'Recurring, no fixed time',
  8: 'Recurring'
}

const columns: CsvColumn<ZoomMeetingListItem>[] = [
  // Text, never a number: ids are int64 and Excel would round them.
  { header: 'Meeting ID', value: (m) => (m.id === undefined ? '' : String(m.id)) },
  { header: 'Topic', value: (m) => m.topic ?? '' },
  { header: 'Type', value: (m) => (m.type === undefined ? '' : (meetingTypes[m.type] ?? '')) },
  { header: 'Start (UTC)', value: (m) => m.start_time ?? '' },
  { header: 'Duration (minutes)', value: (m) => m.duration ?? null },
  { header: 'Time Zone', value: (m) => m.timezone ?? '' },
  { header: 'Join URL', value: (m) => m.join_url ?? '' }
]

/** `headcount meetings --user X`: the host's meetings of one type (default scheduled). */
export async function meetingsCommand(
  context: CommandContext,
  options: { user: string; type: UserMeetingsType }
): Promise<CommandResult> {
  const meetings = await listScheduledMeetings(context.client, options.user, options.type, {
    signal: context.signal
  })
  return { table: buildCsvTable(columns, meetings), notes: [], incomplete: null }
}
