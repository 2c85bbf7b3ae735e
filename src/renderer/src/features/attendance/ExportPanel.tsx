import { useState } from 'react'
import { ExportDone } from '../../components/ExportDone'
import { defaultExportZone, TimeZoneSelect } from '../../components/TimeZoneSelect'
import { useAttendanceStore } from '../../stores/use-attendance-store'

/** Save as CSV (UTF-8 with BOM, opens cleanly in Excel), in UTC or a chosen time zone. */
export function ExportPanel() {
  const exportCsv = useAttendanceStore((s) => s.exportCsv)
  const notice = useAttendanceStore((s) => s.exportNotice)
  const [zone, setZone] = useState(defaultExportZone)
  const [busy, setBusy] = useState(false)
  return (
    <div className="export-panel">
      <TimeZoneSelect id="export-zone" value={zone} onChange={setZone} />
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void exportCsv(zone === '' ? null : zone).finally(() => setBusy(false))
        }}
      >
        {busy ? 'Saving…' : 'Export CSV…'}
      </button>
      {notice ? <ExportDone notice={notice} /> : null}
    </div>
  )
}
