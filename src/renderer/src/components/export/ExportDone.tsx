import { useRequest } from '../../lib/use-request'
import ui from '../../styles/ui.module.css'
import styles from './ExportPanel.module.css'

/**
 * The confirmation after a CSV is saved, with a way to find the file. If the folder cannot
 * be shown, a plain sentence says so instead of nothing happening.
 */
export function ExportDone(props: { fileName: string; rows: number }) {
  const [showing, slot] = useRequest<{ shown: boolean }>()
  const problem = showing.error
    ? `${showing.error.message} ${showing.error.remedy ?? ''}`.trim()
    : showing.data?.shown === false
      ? 'Headcount could not find the saved file to show. Export it again, then choose Show in folder.'
      : null
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
    </div>
  )
}
