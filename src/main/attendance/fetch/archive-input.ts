import type { HostInput, StoreInstanceInput } from '../../archive'
import { text } from '../engine/field-values'
import type { InstanceRegistrants } from './instance-registrants'
import type { InstanceRows } from './instance-rows'

/** What one fetched instance becomes in the archive: Zoom's rows as they came, its series, host. */
export type ArchiveInput = Omit<StoreInstanceInput, 'account'>

/** What a listing said about an instance, used where the detail leaves a field out. */
export interface ListedFacts {
  meetingId?: string
  topic?: string
  type?: number
  host?: HostInput
}

/**
 * The archive's record of one fetched instance (live reads, sync, the old cache's import all
 * build it here). The host comes from the listing, else the detail or the meeting itself; the
 * meeting's links and passcodes are never kept.
 */
export function archiveInputOf(
  rows: InstanceRows,
  registration: InstanceRegistrants,
  options: { fetchedAt: Date; listed?: ListedFacts }
): ArchiveInput {
  const { listed } = options
  const detail = rows.detail as InstanceRows['detail'] & Record<string, unknown>
  const series = registration.series
  const uuid = text(detail.uuid) || (typeof rows.ref === 'string' ? rows.ref : '')
  const type = typeof detail.type === 'number' ? detail.type : (series?.type ?? listed?.type)
  const host = listed?.host ?? hostOf(detail, registration)
  return {
    meeting: {
      kind: 'meeting',
      id: text(detail.id) || listed?.meetingId || '',
      topic: text(detail.topic) || listed?.topic,
      type: type ?? null,
      ...(series?.recurrence ? { recurrence: series.recurrence } : {})
    },
    ...(host ? { host } : {}),
    detail: { ...detail, uuid },
    source: rows.source,
    participants: rows.participants,
    registrants: registration.registrants,
    notes: [...rows.notes, ...registration.notes],
    fetchedAt: options.fetchedAt
  }
}

/** The past-meeting detail names the host; the report's detail only by email (the meeting by id). */
function hostOf(
  detail: Record<string, unknown>,
  registration: InstanceRegistrants
): HostInput | undefined {
  const zoomUserId = text(detail.host_id) || text(registration.series?.hostId)
  if (!zoomUserId) return undefined
  const email = text(detail.user_email) || text(registration.series?.hostEmail)
  const displayName = text(detail.user_name)
  return {
    zoomUserId,
    ...(email ? { email } : {}),
    ...(displayName ? { displayName } : {})
  }
}
