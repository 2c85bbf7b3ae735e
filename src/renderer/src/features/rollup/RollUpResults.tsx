import { useMemo, useState } from 'react'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { defaultThresholdPercent } from '@shared/attendance/defaults'
import { ExportPanel } from '../../components/export/ExportPanel'
import type { ExportAction } from '../../components/export/ExportPanel'
import { useRollUpStore } from '../../stores/use-rollup-store'
import { RollUpLongTable } from './RollUpLongTable'
import { RollUpMatrix } from './RollUpMatrix'
import { RollUpNotices } from './RollUpNotices'
import { RollUpProvenance } from './RollUpProvenance'
import { SessionsChart } from './SessionsChart'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import styles from './rollup.module.css'

type Layout = 'matrix' | 'long'

/** A finished roll-up: what went wrong, the chart, the filter, the table and the export. */
export function RollUpResults({ view }: { view: RollUpView }) {
  const selection = useRollUpStore((s) => s.selection)
  const minAttended = useRollUpStore((s) => s.minAttended)
  const setMinAttended = useRollUpStore((s) => s.setMinAttended)
  const [layout, setLayout] = useState<Layout>('matrix')
  const people = useMemo(
    () => view.people.filter((p) => p.instancesAttended >= minAttended),
    [view, minAttended]
  )
  const exportActions: ExportAction[] = selection
    ? [
        {
          id: 'all',
          label: 'Export CSV…',
          save: (timeZone) => (api) =>
            api.rollup.exportCsv({
              selection,
              thresholdPercent: defaultThresholdPercent,
              timeZone,
              layout
            })
        }
      ]
    : []
  return (
    <>
      <RollUpNotices view={view} />
      <RollUpProvenance view={view} />
      <SessionsChart view={view} />
      <div className={ui.toolbar}>
        <div className={clsx(ui.field, ui.narrow)}>
          <label htmlFor="rollup-min">Attended at least (sessions)</label>
          <input
            id="rollup-min"
            type="number"
            min={0}
            max={view.instances.length}
            value={minAttended}
            onChange={(e) => setMinAttended(Math.max(0, Math.round(Number(e.target.value) || 0)))}
          />
        </div>
        <p className={ui.muted} role="status" data-testid="rollup-count">
          {people.length} of {view.people.length} people attended at least {minAttended} of{' '}
          {view.instances.length} sessions.
        </p>
      </div>
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
