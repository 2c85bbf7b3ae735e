import { useEffect, useRef } from 'react'
import { useNavigationStore } from '../stores/use-navigation-store'
import type { ViewId } from '../stores/use-navigation-store'
import { AccountsView } from '../features/accounts/AccountsView'
import { ArchiveView } from '../features/archive/ArchiveView'
import { AttendanceView } from '../features/attendance/AttendanceView'
import { MeetingsView } from '../features/meetings/MeetingsView'
import { ReviewView } from '../features/review/ReviewView'
import { UsersView } from '../features/users/UsersView'
import { AuthExpiredNotice } from './AuthExpiredNotice'
import { DemoBanner } from './DemoBanner'
import { ErrorNotice } from './ErrorNotice'
import { NavBar } from './NavBar'
import { useAppInfoStore } from '../stores/use-app-info-store'
import { useDisplayStore } from '../stores/use-display-store'
import styles from './AppShell.module.css'

const viewComponents: Record<ViewId, () => React.JSX.Element> = {
  meetings: MeetingsView,
  attendance: AttendanceView,
  archive: ArchiveView,
  review: ReviewView,
  users: UsersView,
  accounts: AccountsView
}

export function AppShell() {
  const current = useNavigationStore((state) => state.current)
  const visits = useNavigationStore((state) => state.visits)
  const appError = useAppInfoStore((state) => state.info.error)
  // Every time on screen is drawn in this zone: a new one redraws the whole window.
  useDisplayStore((state) => state.zone)
  const mainRef = useRef<HTMLElement>(null)

  // After choosing a view, move focus to its heading so keyboard and screen reader users
  // land on what changed. Not on first load: focus starts at the top of the page.
  useEffect(() => {
    if (visits > 0) mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [visits])

  const View = viewComponents[current]
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <NavBar />
      <main id="main" ref={mainRef} className={styles.main} tabIndex={-1}>
        <DemoBanner />
        <AuthExpiredNotice />
        {appError ? <ErrorNotice error={appError} /> : null}
        <View />
      </main>
    </div>
  )
}
