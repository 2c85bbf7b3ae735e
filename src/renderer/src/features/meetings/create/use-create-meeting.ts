import { useEffect } from 'react'
import type { NewMeetingInput } from '@shared/admin/meeting-input'
import type {
  CreatedMeetingView,
  CreationQuota
} from '@shared/ipc/contracts/meeting-create-contract'
import { useRequest } from '../../../lib/use-request'

/** One meeting form's requests: the host's quota, and creating (never twice at once). */
export function useCreateMeeting(hostEmail: string) {
  const [quota, quotaSlot] = useRequest<CreationQuota>()
  const [creation, creationSlot] = useRequest<CreatedMeetingView>()

  // A new host's quota replaces the last one; an answer for the previous host is dropped.
  useEffect(() => {
    if (hostEmail) void quotaSlot.run((api) => api.meetings.creationQuota({ hostEmail }))
  }, [hostEmail, quotaSlot])

  const create = async (input: NewMeetingInput): Promise<CreatedMeetingView | null> => {
    if (creation.status === 'loading') return null
    const created = await creationSlot.run((api) => api.meetings.create(input), {
      keepData: false
    })
    if (created) quotaSlot.setData(created.quota)
    else void quotaSlot.run((api) => api.meetings.creationQuota({ hostEmail: input.hostEmail }))
    return created
  }

  // A quota read for the previous host is not shown for the new one.
  const shownQuota =
    quota.data && quota.data.hostEmail === hostEmail.toLowerCase() ? quota.data : null
  return {
    quota: shownQuota,
    creating: creation.status === 'loading',
    error: creation.error,
    created: creation.data,
    create,
    reset: () => creationSlot.reset()
  }
}
