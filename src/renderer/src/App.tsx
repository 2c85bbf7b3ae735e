import { useEffect } from 'react'
import { AppShell } from './components/AppShell'
import { followAuthExpiry, useAccountsStore } from './stores/use-accounts-store'
import { useAppInfoStore } from './stores/use-app-info-store'
import { useArchiveStore } from './stores/use-archive-store'
import { followArchive } from './stores/follow-archive'
import { followJobProgress } from './stores/use-jobs-store'
import { useNavigationStore } from './stores/use-navigation-store'

export function App() {
  const loadInfo = useAppInfoStore((state) => state.load)
  const loadAccounts = useAccountsStore((state) => state.load)
  const start = useNavigationStore((state) => state.start)
  const loadArchive = useArchiveStore((state) => state.load)

  useEffect(() => {
    followJobProgress()
    followAuthExpiry()
    followArchive()
    void loadInfo()
    // A sync that started with the app shows from the first moment.
    void loadArchive()
    void loadAccounts().then(() => {
      // With nothing set up yet, the first screen offers the demo and the setup guide.
      const state = useAccountsStore.getState().account.data
      if (state && state.connection.mode === 'none') start('accounts')
    })
  }, [loadInfo, loadAccounts, loadArchive, start])

  return <AppShell />
}
