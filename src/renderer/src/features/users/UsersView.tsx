import { ViewHeader } from '../../components/ViewHeader'

export function UsersView() {
  return (
    <section aria-labelledby="view-title" data-testid="view-users">
      <ViewHeader title="Users">
        The people in your Zoom account, and a form to add new ones.
      </ViewHeader>
    </section>
  )
}
