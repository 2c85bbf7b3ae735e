/**
 * One webinar instance whole, as Zoom has it, in the shape the archive keeps (kind 'webinar'):
 * the report's detail and participant rows (with registrant ids; the past-webinar list without
 * report access), registrants of every status for the session that ran, the panelists, and
 * Zoom's absentee list. Live reads and the sync both fetch through here.
 */
import type { RosterRow } from '../../archive'
import type { MeetingDetail, ParticipantRow, ParticipantSource, Registrant } from '../engine'
import type { MeetingRef, ZoomClient, ZoomWebinar } from '../../zoom'
import { isRegistrationOff } from '../../zoom'
import { isNumericMeetingId } from '../../zoom/uuid-path'
import { archiveInputOf, type ArchiveInput } from '../fetch/archive-input'
import { hasCode } from '../fetch/fetch-errors'
import type { InstanceRegistrants } from '../fetch/instance-registrants'

export interface FetchWebinarOptions {
  signal?: AbortSignal
  now?: () => Date
  onProgress?: (progress: { step: WebinarStep; rows: number }) => void
}

export type WebinarStep = 'webinar' | 'participants' | 'registrants' | 'done'

const noReportAccess =
  'This Zoom account or app cannot read webinar reports, so attendance comes from the ' +
  'past-webinar participant list, which has no join and leave times (minutes then stay blank).'
const noRegistration =
  'This webinar did not ask people to register, so nobody can be marked absent and everyone who joined counts as a walk-in.'
const gone =
  'This webinar no longer exists in Zoom, so its registrations and panelists could not be read.'
const statuses = ['approved', 'pending', 'denied'] as const
// A practice session starts up to 30 minutes early; occurrences run at least a day apart.
const maxOccurrenceDriftMs = 12 * 3_600_000

export async function fetchWholeWebinar(
  client: ZoomClient,
  ref: MeetingRef,
  options: FetchWebinarOptions = {}
): Promise<ArchiveInput> {
  const { signal, onProgress } = options
  onProgress?.({ step: 'webinar', rows: 0 })
  const found = await webinarDetail(client, ref, signal)
  const uuid = typeof found.detail.uuid === 'string' && found.detail.uuid ? found.detail.uuid : ref
  const participants = await participantRows(client, uuid, found, (rows) =>
    onProgress?.({ step: 'participants', rows })
  )
  onProgress?.({ step: 'registrants', rows: participants.length })
  const webinarId = String(found.detail.id ?? '')
  const webinar = /^\d+$/.test(webinarId) ? await webinarOrNull(client, webinarId, signal) : null
  const registration = await registrantsOf(client, webinar, found.detail, signal)
  const panelists = webinar ? await client.listWebinarPanelists(webinarId, { signal }) : []
  const absentees = await absenteesOf(client, String(uuid), registration, signal)
  const input = archiveInputOf(
    { ref, detail: found.detail, source: found.source, notes: found.notes, participants },
    registration,
    { fetchedAt: options.now?.() ?? new Date() }
  )
  return {
    ...input,
    meeting: { ...input.meeting, kind: 'webinar' },
    panelists: panelists as RosterRow[],
    ...(absentees ? { absentees } : {})
  }
}

interface FoundDetail {
  detail: MeetingDetail
  source: ParticipantSource
  notes: string[]
}

async function webinarDetail(
  client: ZoomClient,
  ref: MeetingRef,
  signal: AbortSignal | undefined
): Promise<FoundDetail> {
  try {
    const detail = (await client.getReportWebinar(ref, { signal })) as MeetingDetail
    return { detail, source: 'report', notes: [] }
  } catch (error) {
    if (!hasCode(error, 'missing-scopes', 'paid-plan-required') || !isNumericMeetingId(ref))
      throw error
    // Without reports: the latest past instance names the run, the webinar its topic and length.
    const webinar = await client.getWebinar(ref, { signal })
    const instances = await client.listPastWebinarInstances(ref, { signal })
    const latest = instances.at(-1)
    return {
      detail: {
        id: String(ref),
        uuid: latest?.uuid ?? '',
        topic: webinar.topic ?? '',
        start_time: latest?.start_time ?? null,
        duration: webinar.duration ?? null
      },
      source: 'past-participants',
      notes: [noReportAccess]
    }
  }
}

async function participantRows(
  client: ZoomClient,
  uuid: MeetingRef,
  found: FoundDetail,
  onRows: (rows: number) => void
): Promise<ParticipantRow[]> {
  const rows: ParticipantRow[] = []
  const list =
    found.source === 'report'
      ? client.listReportWebinarParticipants(uuid, { includeRegistrantId: true })
      : client.listPastWebinarParticipants(uuid)
  try {
    for await (const row of list) rows.push(row as ParticipantRow)
  } catch (error) {
    if (found.source !== 'report' || !hasCode(error, 'missing-scopes', 'paid-plan-required'))
      throw error
    found.notes.push(noReportAccess)
    found.source = 'past-participants'
    rows.length = 0
    for await (const row of client.listPastWebinarParticipants(uuid))
      rows.push(row as ParticipantRow)
  }
  onRows(rows.length)
  return rows
}

async function webinarOrNull(
  client: ZoomClient,
  webinarId: string,
  signal: AbortSignal | undefined
): Promise<ZoomWebinar | null> {
  try {
    return await client.getWebinar(webinarId, { signal, showPreviousOccurrences: true })
  } catch (error) {
    if (hasCode(error, 'not-found')) return null
    throw error
  }
}

type Registration = InstanceRegistrants & { registrationOn: boolean }

async function registrantsOf(
  client: ZoomClient,
  webinar: ZoomWebinar | null,
  detail: MeetingDetail,
  signal: AbortSignal | undefined
): Promise<Registration> {
  if (!webinar) return { registrants: [], notes: [gone], series: null, registrationOn: false }
  const series = {
    hostId: webinar.host_id ?? null,
    hostEmail: webinar.host_email ?? null,
    type: typeof webinar.type === 'number' ? webinar.type : null,
    recurrence: webinar.recurrence ?? null
  }
  if (webinar.settings?.approval_type === 2) {
    return { registrants: [], notes: [noRegistration], series, registrationOn: false }
  }
  const perOccurrence = webinar.type === 9 && (webinar.settings?.registration_type ?? 1) !== 1
  const occurrenceId = perOccurrence ? nearestOccurrence(webinar, detail) : undefined
  const notes: string[] = []
  if (perOccurrence && occurrenceId === undefined) {
    notes.push(
      'People register for each session of this webinar, but Zoom no longer lists this ' +
        'session among them, so registrations for all sessions are shown.'
    )
  }
  try {
    const lists = await Promise.all(
      statuses.map((status) =>
        client.listWebinarRegistrants(webinar.id ?? '', status, { signal, occurrenceId }).toArray()
      )
    )
    return { registrants: lists.flat() as Registrant[], notes, series, registrationOn: true }
  } catch (error) {
    if (!isRegistrationOff(error)) throw error
    return { registrants: [], notes: [...notes, noRegistration], series, registrationOn: false }
  }
}

/** Recurring webinar instances carry no occurrence id: the nearest occurrence by start time. */
function nearestOccurrence(webinar: ZoomWebinar, detail: MeetingDetail): string | undefined {
  const startMs = Date.parse(String(detail.start_time ?? ''))
  if (!Number.isFinite(startMs)) return undefined
  let best: { id: string; drift: number } | undefined
  for (const occurrence of webinar.occurrences ?? []) {
    const drift = Math.abs(Date.parse(occurrence.start_time ?? '') - startMs)
    if (occurrence.occurrence_id && drift <= maxOccurrenceDriftMs && (!best || drift < best.drift))
      best = { id: occurrence.occurrence_id, drift }
  }
  return best?.id
}

/** Zoom's absentee list; null (and no cross-check) when there was no registration to miss. */
async function absenteesOf(
  client: ZoomClient,
  uuid: string,
  registration: Registration,
  signal: AbortSignal | undefined
): Promise<RosterRow[] | null> {
  if (!registration.registrationOn || uuid === '' || isNumericMeetingId(uuid)) return null
  try {
    return (await client.listWebinarAbsentees(uuid, { signal }).toArray()) as RosterRow[]
  } catch (error) {
    if (hasCode(error, 'not-found') || isRegistrationOff(error)) return []
    throw error
  }
}
