import type { HostInput, StoreInstanceInput } from '../../archive'
import type { InstanceRegistrants } from './instance-registrants'
import { instanceUuid, type InstanceRows } from './instance-rows'

/** What one fetched instance becomes in the archive: Zoom's rows as they came, its series, host. */
export type ArchiveInput = Omit<StoreInstanceInput, 'account'>

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/**
 * The archive's record of one fetched instance, or null when Zoom gave it no UUID (it could not
 * be found again). The host is known from the past-meeting detail or the meeting itself; the
 * meeting's links and passcodes are never kept.
 */
export function archiveInputOf(
  rows: InstanceRows,
  registrants: InstanceRegistrants,
  fetchedAt: Date
): ArchiveInput | null {
  const uuid = instanceUuid(rows.detail)
  if (uuid === null) return null
  const detail = rows.detail as InstanceRows['detail'] & Record<string, unknown>
  const series = registrants.series
  const hostId = textOf(detail.host_id) ?? textOf(series?.hostId)
  const host: HostInput | undefined = hostId
    ? {
        zoomUserId: hostId,
        email: textOf(detail.user_email) ?? textOf(series?.hostEmail),
        displayName: textOf(detail.user_name)
      }
    : undefined
  const type = series?.type ?? (typeof detail.type === 'number' ? detail.type : null)
  return {
    meeting: {
      kind: 'meeting',
      id: detail.id === undefined || detail.id === null ? '' : String(detail.id),
      topic: textOf(detail.topic) ?? '',
      type,
      recurrence: series?.recurrence ?? undefined
    },
    host,
    detail: { ...detail, uuid },
    source: rows.source,
    participants: rows.participants,
    registrants: registrants.registrants,
    fetchedAt
  }
}
