import { Tabs } from '../../components/Tabs'
import { NeedsAccount } from '../../components/NeedsAccount'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import type { AttendanceMode as Mode } from '../../stores/use-attendance-store'
import { RollUpPanel } from '../rollup/RollUpPanel'
import { SessionAttendance } from './SessionAttendance'

const modes: ReadonlyArray<{ id: Mode; label: string }> = [
  { id: 'session', label: 'One session' },
  { id: 'rollup', label: 'Across sessions' }
]

/** The Attendance screen: one session, or many combined. */
export function AttendanceView() {
  const mode = useAttendanceStore((s) => s.mode ?? (s.selected ? 'session' : 'rollup'))
  const setMode = useAttendanceStore((s) => s.setMode)
  const connected = useAccountsStore((s) => (s.account.data?.connection.mode ?? 'none') !== 'none')
  if (!connected) {
    return (
      <section aria-labelledby="view-title" data-testid="view-attendance">
        <ViewHeader title="Attendance">Who registered, and who actually attended.</ViewHeader>
        <NeedsAccount what="who attended your meetings" />
      </section>
    )
  }
  return (
    <section aria-labelledby="view-title" data-testid="view-attendance">
      <ViewHeader title="Attendance">Who registered, and who actually attended.</ViewHeader>
      <Tabs
        label="Attendance for"
        tabs={modes}
        current={mode}
        onChange={(id: Mode) => setMode(id)}
        idPrefix="attendance"
      />
      <div role="tabpanel" id="attendance-panel" aria-labelledby={`attendance-tab-${mode}`}>
        {mode === 'session' ? <SessionAttendance /> : <RollUpPanel />}
      </div>
    </section>
  )
}
