import type { CreationQuota } from '@shared/ipc/contracts/meeting-create-contract'
import { formatDateTime } from '../../../lib/format'
import { Notice } from '../../../components/Notice'
import ui from '../../../styles/ui.module.css'

/** How many more meetings this host can create today, as far as Headcount can tell. */
export function QuotaLine({ quota }: { quota: CreationQuota | null }) {
  if (!quota) return null
  if (quota.blockedUntil) {
    return (
      <Notice tone="warning" testId="creation-quota">
        Zoom says {quota.hostEmail} has used up today’s limit of {quota.limit} new meetings. It
        resets at {formatDateTime(quota.blockedUntil)}.
      </Notice>
    )
  }
  return (
    <p className={ui.hint} data-testid="creation-quota">
      About {quota.left} left today for {quota.hostEmail} (counting meetings created from
      Headcount). Zoom allows {quota.limit} a day per host; the count restarts at{' '}
      {formatDateTime(quota.resetsAt)}.
    </p>
  )
}
