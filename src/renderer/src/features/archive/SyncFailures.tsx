import type { ArchiveFailure } from '@shared/ipc/contracts/archive-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import { Notice } from '../../components/Notice'
import { formatDateTime } from '../../lib/format'

const columns: ReadonlyArray<Column<ArchiveFailure>> = [
  {
    id: 'session',
    header: 'Session',
    rowHeader: true,
    cell: (f) => f.topic ?? `Meeting ${f.meetingId}`,
    sortValue: (f) => f.topic ?? f.meetingId
  },
  {
    id: 'start',
    header: 'Started',
    cell: (f) => formatDateTime(f.start, 'Unknown'),
    sortValue: (f) => f.start
  },
  {
    id: 'reason',
    header: 'What went wrong',
    cell: (f) => `${f.error.message} ${f.error.remedy ?? ''}`.trim()
  },
  { id: 'attempts', header: 'Tries so far', align: 'end', cell: (f) => f.attempts }
]

/** Sessions that could not be archived, each with its reason; the next sync tries them again. */
export function SyncFailures({ failures }: { failures: readonly ArchiveFailure[] }) {
  if (failures.length === 0) return null
  const count = failures.length === 1 ? '1 session' : `${failures.length} sessions`
  return (
    <>
      <Notice
        tone="warning"
        role="status"
        testId="sync-failures"
        message={`${count} could not be archived yet.`}
        remedy="Each will be tried again at the next sync. The reasons are below."
      />
      <DataTable
        caption="Sessions not archived yet"
        columns={columns}
        rows={failures}
        rowKey={(f) => f.uuid}
        initialSort={{ key: 'start', descending: true }}
      />
    </>
  )
}
