import type { AttendanceStatusName } from '@shared/ipc/contracts/attendance-contract'
import styles from './attendance.module.css'

/** A colour for every status; the type makes a new status fail to build until it has one. */
export const statusClass: Record<AttendanceStatusName, string | undefined> = {
  Attended: styles.attended,
  Partial: styles.partial,
  Absent: styles.absent,
  'Waiting room only': styles.waitingRoom,
  Joined: styles.joined
}
