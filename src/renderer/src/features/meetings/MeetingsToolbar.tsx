import { useMeetingsStore } from '../../stores/use-meetings-store'
import { HostPicker } from './HostPicker'
import ui from '../../styles/ui.module.css'

/** Whose meetings, and a search over their topics. */
export function MeetingsToolbar() {
  const host = useMeetingsStore((s) => s.host)
  const setHost = useMeetingsStore((s) => s.setHost)
  const search = useMeetingsStore((s) => s.search)
  const setSearch = useMeetingsStore((s) => s.setSearch)
  return (
    <div className={ui.toolbar}>
      <HostPicker key={host} value={host} onChange={setHost} />
      <div className={ui.field}>
        <label htmlFor="meetings-search">Search by topic</label>
        <input
          id="meetings-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
    </div>
  )
}
