import type { CreationQuota } from '@shared/ipc/contracts/meeting-create-contract'
import { formatDateTime } from '../../../lib/format'
import { Notice } from '../../../components/Notice'
import ui from '../../../styles/ui.module.css'

/** How many more meetings this host can create today, as far as Headcount can tell. */
export function QuotaLine({ quota, id }: { quota: CreationQuota | null; id?: string }) {
  if (!quota) return null
  if (quota.blockedUntil) {
    return (
      <div id={id}>
        <Notice tone="warning" testId="creation-quota">
          Zoom says {quota.hostEmail} has used up today’s limit of {quota.limit} new meetings. It
          resets at {formatDateTime(quota.blockedUntil)}.
        </Notice>
      </div>
    )
  }
  if (quota.left === 0) {
    return (
      <div id={id}>
        <Notice tone="warning" testId="creation-quota">
          {quota.hostEmail} cannot schedule more meetings today: Zoom allows {quota.limit} a day per
          host. The count restarts at {formatDateTime(quota.resetsAt)}.
        </Notice>
      </div>
    )
  }
  return (
    <p className={ui.hint} data-testid="creation-quota" id={id}>
      About {quota.left} left today for {quota.hostEmail} (counting meetings created from
      Headcount). Zoom allows {quota.limit} a day per host; the count restarts at{' '}
      {formatDateTime(quota.resetsAt)}.
    </p>
  )
}
