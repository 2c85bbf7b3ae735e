import { useEffect } from 'react'
import { AppShell } from './components/AppShell'
import { useAppInfoStore } from './stores/use-app-info-store'

export function App() {
  const load = useAppInfoStore((state) => state.load)
  useEffect(() => {
    void load()
  }, [load])
  return <AppShell />
}
