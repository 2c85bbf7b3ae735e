/**
 * `headcount webinars --user EMAIL|ID`: a host's webinars, and with `--past` the sessions they
 * held (with the UUID `headcount attendance` takes). A host or account without the Webinar
 * add-on is not a failure: one sentence says so and the list is empty.
 */
import { buildCsvTable, type CsvColumn } from '../../csv'
import { isNoWebinarLicence, type PastWebinarInstance, type ZoomWebinarListItem } from '../../zoom'
import type { CommandContext, CommandResult } from './command-result'

const webinarTypes: Record<number, string> = {
  5: 'Webinar',
  6: 'Recurring, no fixed time',
  9: 'Recurring'
}

const idText = (id: number | string | undefined): string => (id === undefined ? '' : String(id))

const webinarColumns: CsvColumn<ZoomWebinarListItem>[] = [
  { header: 'Webinar ID', value: (w) => idText(w.id) },
  { header: 'Topic', value: (w) => w.topic ?? '' },
  { header: 'Type', value: (w) => (w.type === undefined ? '' : (webinarTypes[w.type] ?? '')) },
  { header: 'Start (UTC)', value: (w) => w.start_time ?? '' },
  { header: 'Duration (minutes)', value: (w) => w.duration ?? null },
  { header: 'Time Zone', value: (w) => w.timezone ?? '' }
]

type HeldSession = PastWebinarInstance & { webinarId: string; topic: string }

const pastColumns: CsvColumn<HeldSession>[] = [
  { header: 'Webinar ID', value: (s) => s.webinarId },
  { header: 'Webinar UUID', value: (s) => s.uuid ?? '' },
  { header: 'Topic', value: (s) => s.topic },
  { header: 'Start (UTC)', value: (s) => s.start_time ?? '' }
]

export interface WebinarsCommandOptions {
  user: string
  past: boolean
  demo: boolean
}

export async function webinarsCommand(
  context: CommandContext,
  options: WebinarsCommandOptions
): Promise<CommandResult> {
  const { client, signal } = context
  let webinars: ZoomWebinarListItem[]
  try {
    webinars = await client.listUserWebinars(options.user, 'scheduled', { signal }).toArray()
  } catch (error) {
    if (!isNoWebinarLicence(error)) throw error
    const table = options.past ? buildCsvTable(pastColumns, []) : buildCsvTable(webinarColumns, [])
    return { table, notes: ['This account has no webinar licence.'], incomplete: null }
  }
  const next = `headcount${options.demo ? ' --demo' : ''} attendance`
  const notes = [`Webinars of ${options.user}: ${plural(webinars.length, 'webinar')}.`]
  if (!options.past) {
    const first = webinars[0]
    notes.push(
      first?.id === undefined
        ? 'Nothing to read yet.'
        : `For a webinar's latest session, run: ${next} ${String(first.id)} --webinar (or --past to list sessions held).`
    )
    return { table: buildCsvTable(webinarColumns, webinars), notes, incomplete: null }
  }
  const sessions: HeldSession[] = []
  for (const webinar of webinars) {
    if (webinar.id === undefined) continue
    const held = await client.listPastWebinarInstances(webinar.id, { signal }).catch((e) => {
      // A webinar that never ran has no past instances: Zoom answers not found.
      if ((e as { appError?: { code?: string } }).appError?.code === 'not-found') return []
      throw e
    })
    for (const instance of held)
      sessions.push({ ...instance, webinarId: String(webinar.id), topic: webinar.topic ?? '' })
  }
  sessions.sort((a, b) => String(a.start_time ?? '').localeCompare(String(b.start_time ?? '')))
  const latest = sessions.at(-1)
  notes.push(
    `${plural(sessions.length, 'session')} held.`,
    latest?.uuid ? `For the attendance of one, run: ${next} "${latest.uuid}"` : 'None held yet.'
  )
  return { table: buildCsvTable(pastColumns, sessions), notes, incomplete: null }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
