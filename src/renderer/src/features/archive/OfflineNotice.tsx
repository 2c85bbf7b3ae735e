import { Notice } from '../../components/Notice'

/** Said wherever the window falls back to the archive because Zoom did not answer. */
export function OfflineNotice() {
  return (
    <Notice
      tone="warning"
      role="status"
      testId="offline-notice"
      message="Zoom can’t be reached. Showing what is archived on this computer."
      remedy="Check this computer’s internet connection. Archived meetings, attendance, roll-ups and exports keep working meanwhile."
    />
  )
}
