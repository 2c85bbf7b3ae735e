import { ViewHeader } from '../../components/ViewHeader'

export function AttendanceView() {
  return (
    <section aria-labelledby="view-title" data-testid="view-attendance">
      <ViewHeader title="Attendance">
        Pick a past meeting to see who registered and who actually attended.
      </ViewHeader>
    </section>
  )
}
