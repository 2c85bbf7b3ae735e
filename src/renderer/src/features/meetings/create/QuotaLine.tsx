import type { CreationQuota } from '@shared/ipc/contracts/meeting-create-contract'
import { formatDateTime } from '../../../lib/format'

/** How many more meetings this host can create today, as far as Headcount can tell. */
export function QuotaLine({ quota }: { quota: CreationQuota | null }) {
  if (!quota) return null
  if (quota.blockedUntil) {
    return (
      <p className="notice notice-warning" data-testid="creation-quota">
        Zoom says {quota.hostEmail} has used up today’s limit of {quota.limit} new meetings. It
        resets at {formatDateTime(quota.blockedUntil)}.
      </p>
    )
  }
  return (
    <p className="field-hint" data-testid="creation-quota">
      About {quota.left} left today for {quota.hostEmail} (counting meetings created from
      Headcount). Zoom allows {quota.limit} a day per host; the count restarts at{' '}
      {formatDateTime(quota.resetsAt)}.
    </p>
  )
}
