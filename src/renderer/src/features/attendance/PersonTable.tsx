import { useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'
import { formatMinutes, formatTime } from '../../lib/format'
import type { SortKey, SortOrder } from './person-filter'
import { PersonTrail } from './PersonTrail'

const columns: Array<{ key: SortKey | null; label: string; className: string }> = [
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'email', label: 'Email', className: 'col-email' },
  { key: null, label: 'Registered', className: 'col-small' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'firstJoin', label: 'First join', className: 'col-small' },
  { key: null, label: 'Last leave', className: 'col-small' },
  { key: 'minutesAttended', label: 'Minutes', className: 'col-num' },
  { key: 'attendancePercent', label: '%', className: 'col-num' },
  { key: 'sessions', label: 'Sessions', className: 'col-num' }
]

/**
 * Only the rows in view (plus a few) are in the page, so 50,000 people scroll smoothly. ARIA
 * row counts and indexes tell screen readers the full size of the table.
 */
export function PersonTable(props: {
  rows: PersonRow[]
  sort: SortOrder
  onSort(key: SortKey): void
  expanded: ReadonlySet<string>
  onToggle(personId: string): void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // We do not use the React Compiler, so the virtualizer's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 12,
    getItemKey: (index) => props.rows[index]?.personId ?? index
  })
  return (
    <div
      role="table"
      aria-label="People"
      aria-rowcount={props.rows.length + 1}
      className="person-table"
      data-testid="person-table"
    >
      <div role="rowgroup" className="person-head">
        <div role="row" aria-rowindex={1} className="person-row">
          {columns.map((column) => (
            <div
              key={column.label}
              role="columnheader"
              className={column.className}
              aria-sort={
                column.key && props.sort.key === column.key
                  ? props.sort.descending
                    ? 'descending'
                    : 'ascending'
                  : undefined
              }
            >
              {column.key ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => props.onSort(column.key as SortKey)}
                >
                  {column.label}
                  <span aria-hidden="true">
                    {props.sort.key === column.key ? (props.sort.descending ? ' ▼' : ' ▲') : ''}
                  </span>
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="person-scroll" role="rowgroup">
        <div className="person-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const person = props.rows[item.index]
            if (!person) return null
            const open = props.expanded.has(person.personId)
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="person-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="person-row"
                  data-testid="person-row"
                >
                  <div role="cell" className="col-name">
                    <button
                      type="button"
                      className="expand-button"
                      aria-expanded={open}
                      onClick={() => props.onToggle(person.personId)}
                    >
                      <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
                      {person.name || '(no name)'}
                    </button>
                  </div>
                  <div role="cell" className="col-email">
                    {person.email || '—'}
                  </div>
                  <div role="cell" className="col-small">
                    {person.registered
                      ? `Yes${person.registrationStatus && person.registrationStatus !== 'approved' ? ` (${person.registrationStatus})` : ''}`
                      : 'No'}
                  </div>
                  <div role="cell" className="col-status">
                    <span
                      className={`status status-${person.status.replace(/\s+/g, '-').toLowerCase()}`}
                    >
                      {person.status}
                    </span>
                  </div>
                  <div role="cell" className="col-small">
                    {formatTime(person.firstJoin)}
                  </div>
                  <div role="cell" className="col-small">
                    {formatTime(person.lastLeave)}
                  </div>
                  <div role="cell" className="col-num">
                    {formatMinutes(person.minutesAttended)}
                  </div>
                  <div role="cell" className="col-num">
                    {person.attendancePercent === null ? '—' : `${person.attendancePercent}%`}
                  </div>
                  <div role="cell" className="col-num">
                    {person.sessions}
                  </div>
                </div>
                {open ? (
                  <div role="row" className="trail-row">
                    <div role="cell" className="trail-cell">
                      <PersonTrail person={person} />
                    </div>
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
