import { useState } from 'react'
import { useAttendanceStore } from '../../stores/use-attendance-store'

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone

/** Save as CSV (UTF-8 with BOM, opens cleanly in Excel), in UTC or a chosen time zone. */
export function ExportPanel() {
  const exportCsv = useAttendanceStore((s) => s.exportCsv)
  const showInFolder = useAttendanceStore((s) => s.showInFolder)
  const notice = useAttendanceStore((s) => s.exportNotice)
  const [zone, setZone] = useState<'utc' | 'local'>('local')
  const [busy, setBusy] = useState(false)
  return (
    <div className="export-panel">
      <div className="field">
        <label htmlFor="export-zone">Times in the file</label>
        <select
          id="export-zone"
          value={zone}
          onChange={(e) => setZone(e.target.value as 'utc' | 'local')}
        >
          <option value="local">This computer’s time zone ({localZone})</option>
          <option value="utc">UTC</option>
        </select>
      </div>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void exportCsv(zone === 'utc' ? null : localZone).finally(() => setBusy(false))
        }}
      >
        {busy ? 'Saving…' : 'Export CSV…'}
      </button>
      {notice ? (
        <p role="status" className="export-done">
          Saved {notice.rows} {notice.rows === 1 ? 'row' : 'rows'} to “{notice.fileName}”.{' '}
          <button type="button" className="link-button" onClick={() => void showInFolder()}>
            Show in folder
          </button>
        </p>
      ) : null}
    </div>
  )
}
