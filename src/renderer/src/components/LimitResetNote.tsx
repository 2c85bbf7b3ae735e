import type { AppError } from '@shared/app-error'
import { formatDateTime } from '../lib/format'
import { Notice } from './Notice'

/** For a daily-limit error: when Zoom resets it, in the computer's time and in UTC. */
export function LimitResetNote({ error }: { error: AppError | null }) {
  const retryAt = error?.details?.retryAt
  if (!error || error.code !== 'daily-limit' || !retryAt) return null
  const at = new Date(retryAt)
  if (Number.isNaN(at.getTime())) return null
  const utc = at.toISOString().slice(0, 16).replace('T', ' ')
  return (
    <Notice tone="warning" testId="limit-reset">
      Zoom resets this limit at {formatDateTime(retryAt)} your time ({utc} UTC).
    </Notice>
  )
}
