import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { queryRollUp } from '@shared/attendance/rollup-query'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { ExportPanel } from '../../components/export/ExportPanel'
import type { ExportAction } from '../../components/export/ExportPanel'
import { toRollUpQuery, useRollUpStore } from '../../stores/use-rollup-store'
import { longRows, RollUpLongTable } from './RollUpLongTable'
import { RollUpMatrix } from './RollUpMatrix'
import { RollUpNotices } from './RollUpNotices'
import { RollUpToolbar } from './RollUpToolbar'
import { RollUpProvenance } from './RollUpProvenance'
import { SessionsChart } from './SessionsChart'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import styles from './rollup.module.css'

type Layout = 'matrix' | 'long'

/** A finished roll-up: what went wrong, the chart, the filters, the table and the export. */
export function RollUpResults({ view }: { view: RollUpView }) {
  const selection = useRollUpStore((s) => s.selection)
  const threshold = useRollUpStore((s) => s.threshold)
  const filter = useRollUpStore(
    useShallow((s) => ({
      minAttended: s.minAttended,
      includeHost: s.includeHost,
      search: s.search,
      sort: s.sort
    }))
  )
  const [layout, setLayout] = useState<Layout>('matrix')
  const query = useMemo(() => toRollUpQuery(filter), [filter])
  const people = useMemo(
    () => queryRollUp(view.people, query).map((index) => view.people[index]!),
    [view, query]
  )
  // What each button saves, counted the way the table below counts its rows.
  const shownRows = layout === 'matrix' ? people.length : longRows(view, people).length
  const allRows = layout === 'matrix' ? view.people.length : longRows(view, view.people).length
  const exportActions: ExportAction[] = selection
    ? [
        {
          id: 'shown',
          label: `Export the ${shownRows} shown`,
          disabledBecause: shownRows === 0 ? 'Nobody is shown: change the filters.' : undefined,
          save: (timeZone) => (api) =>
            api.rollup.exportCsv({
              selection,
              thresholdPercent: threshold,
              timeZone,
              layout,
              shown: query
            })
        },
        {
          id: 'everyone',
          label: `Export everyone (${allRows})`,
          save: (timeZone) => (api) =>
            api.rollup.exportCsv({ selection, thresholdPercent: threshold, timeZone, layout })
        }
      ]
    : []
  return (
    <>
      <RollUpNotices view={view} />
      <RollUpProvenance view={view} />
      <SessionsChart view={view} includeHost={filter.includeHost} />
      <RollUpToolbar view={view} shown={people.length} />
      <fieldset className={clsx(ui.choice, styles.layoutChoice)}>
        <legend>Layout (table and file)</legend>
        <label>
          <input
            type="radio"
            name="rollup-layout"
            checked={layout === 'matrix'}
            onChange={() => setLayout('matrix')}
          />{' '}
          One row per person, minutes per session (matrix)
        </label>
        <label>
          <input
            type="radio"
            name="rollup-layout"
            checked={layout === 'long'}
            onChange={() => setLayout('long')}
          />{' '}
          One row per person per session (long)
        </label>
      </fieldset>
      {layout === 'matrix' ? (
        <RollUpMatrix view={view} people={people} />
      ) : (
        <RollUpLongTable view={view} people={people} />
      )}
      <ExportPanel idPrefix="rollup" actions={exportActions} />
    </>
  )
}
