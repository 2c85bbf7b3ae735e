import { useRequest } from '../../lib/use-request'
import ui from '../../styles/ui.module.css'
import styles from './ExportPanel.module.css'

/**
 * The confirmation after a CSV is saved, with a way to find the file. When no folder can be
 * shown (the browser preview, or nothing saved yet), main's sentence says where the file is or
 * why, instead of nothing happening.
 */
export function ExportDone(props: { fileName: string; rows: number }) {
  const [showing, slot] = useRequest<{ shown: boolean; message: string | null }>()
  const problem = showing.error
    ? `${showing.error.message} ${showing.error.remedy ?? ''}`.trim()
    : null
  const where = showing.data?.message ?? null
  return (
    <div className={styles.done}>
      <p role="status">
        Saved {props.rows} {props.rows === 1 ? 'row' : 'rows'} to “{props.fileName}”.{' '}
        <button
          type="button"
          className={ui.linkButton}
          onClick={() => void slot.run((api) => api.files.showLastExport(), { keepData: false })}
        >
          Show in folder
        </button>
      </p>
      {problem ? (
        <p role="alert" className={ui.fieldError}>
          {problem}
        </p>
      ) : null}
      {where ? (
        <p aria-live="polite" data-testid="export-where">
          {where}
        </p>
      ) : null}
    </div>
  )
}
