import { ViewHeader } from '../../components/ViewHeader'

export function AccountsView() {
  return (
    <section aria-labelledby="view-title" data-testid="view-accounts">
      <ViewHeader title="Accounts">
        Connect your organisation’s Zoom account, or explore Headcount with demo data.
      </ViewHeader>
    </section>
  )
}
