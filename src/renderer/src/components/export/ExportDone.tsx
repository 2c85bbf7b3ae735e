import { request } from '../lib/bridge'

/** The confirmation after a CSV is saved, with a way to find the file. */
export function ExportDone({ notice }: { notice: { fileName: string; rows: number } }) {
  return (
    <p role="status" className="export-done">
      Saved {notice.rows} {notice.rows === 1 ? 'row' : 'rows'} to “{notice.fileName}”.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => void request((api) => api.files.showLastExport())}
      >
        Show in folder
      </button>
    </p>
  )
}
