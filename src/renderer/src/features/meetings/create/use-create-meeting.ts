import { useCallback, useEffect, useState } from 'react'
import type { AppError } from '@shared/app-error'
import type { NewMeetingInput } from '@shared/admin/meeting-input'
import type {
  CreatedMeetingView,
  CreationQuota
} from '@shared/ipc/contracts/meeting-create-contract'
import { request } from '../../../lib/bridge'

/** One meeting form's requests: the host's quota, and creating (never twice at once). */
export function useCreateMeeting(hostEmail: string) {
  const [quota, setQuota] = useState<CreationQuota | null>(null)
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [created, setCreated] = useState<CreatedMeetingView | null>(null)

  const refreshQuota = useCallback(async (host: string) => {
    if (!host) return
    const result = await request((api) => api.meetings.creationQuota({ hostEmail: host }))
    if (result.ok) setQuota(result.data)
  }, [])

  useEffect(() => {
    if (!hostEmail) return
    let live = true
    void request((api) => api.meetings.creationQuota({ hostEmail })).then((result) => {
      if (live && result.ok) setQuota(result.data)
    })
    return () => {
      live = false
    }
  }, [hostEmail])

  // A quota read for the previous host is not shown for the new one.
  const shownQuota = quota && quota.hostEmail === hostEmail.toLowerCase() ? quota : null

  const create = async (input: NewMeetingInput): Promise<CreatedMeetingView | null> => {
    if (creating) return null
    setCreating(true)
    setError(null)
    const result = await request((api) => api.meetings.create(input))
    setCreating(false)
    if (result.ok) {
      setCreated(result.data)
      setQuota(result.data.quota)
      return result.data
    }
    setError(result.error)
    void refreshQuota(input.hostEmail)
    return null
  }

  return { quota: shownQuota, creating, error, created, create, reset: () => setCreated(null) }
}
