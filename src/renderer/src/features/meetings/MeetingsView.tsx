import { ViewHeader } from '../../components/ViewHeader'

export function MeetingsView() {
  return (
    <section aria-labelledby="view-title" data-testid="view-meetings">
      <ViewHeader title="Meetings">
        Your scheduled, upcoming and past Zoom meetings will be listed here once a Zoom account is
        connected.
      </ViewHeader>
    </section>
  )
}
