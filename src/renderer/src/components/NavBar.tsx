import { useNavigationStore, views } from '../stores/use-navigation-store'
import { useAppInfoStore } from '../stores/use-app-info-store'
import { SyncIndicator } from '../features/archive/SyncIndicator'
import styles from './NavBar.module.css'

export function NavBar() {
  const current = useNavigationStore((state) => state.current)
  const go = useNavigationStore((state) => state.go)
  const info = useAppInfoStore((state) => state.info.data)
  return (
    <nav className={styles.nav} aria-label="Main">
      <div className={styles.brand} aria-hidden="true">
        Headcount
      </div>
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            <button
              type="button"
              className={styles.item}
              aria-current={current === view.id ? 'page' : undefined}
              data-testid={`nav-${view.id}`}
              onClick={() => go(view.id)}
            >
              {view.label}
            </button>
          </li>
        ))}
      </ul>
      <SyncIndicator />
      {info ? <p className={styles.footer}>Version {info.version}</p> : null}
    </nav>
  )
}
