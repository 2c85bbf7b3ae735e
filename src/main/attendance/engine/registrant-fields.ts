/** Reading a registration: the name it gives, its status, and which of two registrations wins. */
import { displayName, text } from './field-values'
import type { Registrant, RegistrantStatus } from './zoom-rows'

const statusRank: Record<RegistrantStatus, number> = { approved: 0, pending: 1, denied: 2 }

/** First and last name as one display name (trimmed, spaces collapsed, NFC). */
export function registrantName(r: Registrant): string {
  return displayName(`${text(r.first_name)} ${text(r.last_name)}`)
}

export function knownStatus(value: unknown): RegistrantStatus | null {
  const status = text(value).toLowerCase()
  return status === 'approved' || status === 'pending' || status === 'denied' ? status : null
}

/** Lower is stronger: one person registered twice is shown with the approved registration. */
export function statusRankOf(r: Registrant): number {
  const status = knownStatus(r.status)
  return status === null ? 3 : statusRank[status]
}
