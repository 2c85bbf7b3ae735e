import type { ExportOutcome } from '@shared/ipc/contracts/common'
import { useRequest } from '../../lib/use-request'
import type { BridgeCall } from '../../lib/request-state'
import { useDisplayStore } from '../../stores/use-display-store'
import { ErrorNotice } from '../ErrorNotice'
import { TimeZonePicker } from '../time-zone/TimeZonePicker'
import { Notice } from '../Notice'
import { ExportDone } from './ExportDone'
import ui from '../../styles/ui.module.css'
import styles from './ExportPanel.module.css'

/** One way to save: its button label, and the bridge call that saves in a time zone. */
export interface ExportAction {
  id: string
  label: string
  save(timeZone: string): BridgeCall<ExportOutcome>
  /** The main action is drawn as the primary button; the others beside it. */
  primary?: boolean
  /** Nothing to save (e.g. no one shown), with the reason given to screen readers too. */
  disabledBecause?: string
}

/**
 * The one export flow every screen uses: the time zone (the same one the screen shows), a
 * button per way to save, and what was saved (with "Show in folder") or why not. One save
 * runs at a time.
 */
export function ExportPanel(props: {
  idPrefix: string
  actions: readonly ExportAction[]
  /** False for files without times of day (a user list, a template): no zone to choose. */
  withZone?: boolean
  /** Said before saving, e.g. that some matches still need review. */
  warning?: string | null
}) {
  const zone = useDisplayStore((s) => s.zone)
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
      {props.withZone === false ? null : <TimeZonePicker id={`${props.idPrefix}-zone`} />}
      {props.actions.map((action, index) => (
        <button
          key={action.id}
          type="button"
          className={(action.primary ?? index === 0) ? ui.primary : ui.secondary}
          disabled={busy || action.disabledBecause !== undefined}
          title={action.disabledBecause}
          onClick={() => void slot.run(action.save(zone), { kind: action.id, keepData: false })}
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
