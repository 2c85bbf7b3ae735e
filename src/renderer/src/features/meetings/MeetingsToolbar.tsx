import { useMeetingsStore } from '../../stores/use-meetings-store'
import { HostPicker } from './HostPicker'
import ui from '../../styles/ui.module.css'
import { SearchField } from '../../components/SearchField'

/** Whose meetings, and a search over their topics. */
export function MeetingsToolbar() {
  const host = useMeetingsStore((s) => s.host)
  const setHost = useMeetingsStore((s) => s.setHost)
  const search = useMeetingsStore((s) => s.search)
  const setSearch = useMeetingsStore((s) => s.setSearch)
  return (
    <div className={ui.toolbar}>
      <HostPicker key={host} value={host} onChange={setHost} />
      <SearchField
        id="meetings-search"
        label="Search by topic"
        value={search}
        onChange={setSearch}
      />
    </div>
  )
}
