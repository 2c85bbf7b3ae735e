import { useState } from 'react'
import type { ExportOutcome } from '@shared/ipc/contracts/common'
import { useRequest } from '../../lib/use-request'
import type { BridgeCall } from '../../lib/request-state'
import { ErrorNotice } from '../ErrorNotice'
import { Notice } from '../Notice'
import { ExportDone } from './ExportDone'
import { defaultExportZone, TimeZoneSelect } from './TimeZoneSelect'
import ui from '../../styles/ui.module.css'
import styles from './ExportPanel.module.css'

/** One way to save: its button label, and the bridge call that saves in a time zone (null = UTC). */
export interface ExportAction {
  id: string
  label: string
  save(timeZone: string | null): BridgeCall<ExportOutcome>
}

/**
 * The one export flow every screen uses: choose the time zone, press a button, and see what
 * was saved (with "Show in folder") or why not. One save runs at a time.
 */
export function ExportPanel(props: {
  idPrefix: string
  actions: readonly ExportAction[]
  /** Said before saving, e.g. that some matches still need review. */
  warning?: string | null
}) {
  const [zone, setZone] = useState(defaultExportZone)
  const [saving, slot] = useRequest<ExportOutcome, string>()
  const busy = saving.status === 'loading'
  const saved = saving.data?.saved && saving.data.fileName ? saving.data : null
  return (
    <div className={styles.panel} data-testid={`${props.idPrefix}-export`}>
      {props.warning ? (
        <Notice tone="warning" testId={`${props.idPrefix}-export-warning`}>
          {props.warning}
        </Notice>
      ) : null}
      <TimeZoneSelect id={`${props.idPrefix}-zone`} value={zone} onChange={setZone} />
      {props.actions.map((action) => (
        <button
          key={action.id}
          type="button"
          className={ui.primary}
          disabled={busy}
          onClick={() =>
            void slot.run(action.save(zone === '' ? null : zone), {
              kind: action.id,
              keepData: false
            })
          }
        >
          {saving.kind === action.id ? 'Saving…' : action.label}
        </button>
      ))}
      <div className={styles.result}>
        {saving.error ? <ErrorNotice error={saving.error} /> : null}
        {saved ? <ExportDone fileName={saved.fileName ?? ''} rows={saved.rows} /> : null}
      </div>
    </div>
  )
}
