import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DataTable } from '../../../../src/renderer/src/components/data-table/DataTable'
import type { Column } from '../../../../src/renderer/src/components/data-table/columns'
import { compareValues, sortRows } from '../../../../src/renderer/src/components/data-table/columns'
import { useFakeLayout } from '../support/fake-layout'

interface Person {
  id: string
  name: string
  minutes: number | null
}

const columns: Array<Column<Person>> = [
  { id: 'name', header: 'Name', rowHeader: true, sortValue: (p) => p.name, cell: (p) => p.name },
  {
    id: 'minutes',
    header: 'Minutes',
    align: 'end',
    sortValue: (p) => p.minutes,
    cell: (p) => (p.minutes === null ? '—' : p.minutes)
  },
  { id: 'note', header: 'Note', cell: () => 'x' }
]

const people: Person[] = [
  { id: '1', name: 'Grace', minutes: 30 },
  { id: '2', name: 'ada', minutes: null },
  { id: '3', name: 'Bob', minutes: 45 }
]

const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent)

describe('DataTable', () => {
  it('is named by its caption, even when the caption is hidden on screen', () => {
    render(
      <DataTable
        caption="People"
        captionHidden
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
      />
    )
    const table = screen.getByRole('table', { name: 'People' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Name', 'Minutes', 'Note'])
    expect(names()).toEqual(['Grace', 'ada', 'Bob'])
  })

  it('sorts by a column when its header is chosen, and says the order with aria-sort', async () => {
    const user = userEvent.setup()
    render(<DataTable caption="People" columns={columns} rows={people} rowKey={(p) => p.id} />)
    const minutes = screen.getByRole('columnheader', { name: /Minutes/ })
    expect(minutes).not.toHaveAttribute('aria-sort')
    await user.click(within(minutes).getByRole('button'))
    expect(minutes).toHaveAttribute('aria-sort', 'ascending')
    expect(names()).toEqual(['Grace', 'Bob', 'ada'])
    await user.click(within(minutes).getByRole('button'))
    expect(minutes).toHaveAttribute('aria-sort', 'descending')
    // Blanks stay last whichever way.
    expect(names()).toEqual(['Bob', 'Grace', 'ada'])
  })

  it('sorts from the keyboard: Tab to a header, then Enter or Space', async () => {
    const user = userEvent.setup()
    render(<DataTable caption="People" columns={columns} rows={people} rowKey={(p) => p.id} />)
    await user.tab()
    expect(screen.getByRole('button', { name: /Name/ })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(names()).toEqual(['ada', 'Bob', 'Grace'])
    await user.keyboard(' ')
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'descending'
    )
    expect(names()).toEqual(['Grace', 'Bob', 'ada'])
  })

  it('columns without a sort value have no sort button', () => {
    render(<DataTable caption="People" columns={columns} rows={people} rowKey={(p) => p.id} />)
    expect(
      within(screen.getByRole('columnheader', { name: 'Note' })).queryByRole('button')
    ).toBeNull()
  })

  it('leaves the order to a store when sort is passed, and reports the next order', async () => {
    const user = userEvent.setup()
    const onSortChange = vi.fn()
    render(
      <DataTable
        caption="People"
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
        sort={{ key: 'minutes', descending: false }}
        onSortChange={onSortChange}
      />
    )
    expect(screen.getByRole('columnheader', { name: /Minutes/ })).toHaveAttribute(
      'aria-sort',
      'ascending'
    )
    expect(names()).toEqual(['Grace', 'ada', 'Bob'])
    await user.click(screen.getByRole('button', { name: /Minutes/ }))
    expect(onSortChange).toHaveBeenCalledWith({ key: 'minutes', descending: true })
    await user.click(screen.getByRole('button', { name: /Name/ }))
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'name', descending: false })
  })

  it('shows an opened row’s content in a full-width row under it', () => {
    render(
      <DataTable
        caption="People"
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
        expandedRow={(p) => (p.id === '3' ? <p>Bob’s trail</p> : null)}
        rowTestId="person-row"
      />
    )
    const trail = screen.getByText('Bob’s trail').closest('td')!
    expect(trail).toHaveAttribute('colspan', '3')
    expect(screen.getAllByTestId('person-row')).toHaveLength(3)
  })
})

describe('DataTable with large data', () => {
  const many: Person[] = Array.from({ length: 5000 }, (_, i) => ({
    id: String(i),
    name: `Person ${String(i).padStart(4, '0')}`,
    minutes: i
  }))

  useFakeLayout()

  function renderMany() {
    return render(
      <DataTable
        caption="Everyone"
        columns={columns.map((c) => ({ ...c, width: '30%' }))}
        rows={many}
        rowKey={(p) => p.id}
        scroll={{ maxHeight: 440, rowHeight: 44 }}
        frozenFirstColumn
        rowTestId="person-row"
      />
    )
  }

  it('keeps only the rows in view (and a few more) in the page, and says how many there are', () => {
    renderMany()
    const rows = screen.getAllByTestId('person-row')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(60)
    expect(screen.getByRole('table', { name: 'Everyone' })).toHaveAttribute('aria-rowcount', '5001')
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2')
  })

  it('scrolls in a box that keyboard users can reach, named like the table', () => {
    renderMany()
    const box = screen.getByRole('region', { name: 'Everyone' })
    expect(box).toHaveAttribute('tabindex', '0')
  })

  it('brings later rows into the page as the box scrolls', () => {
    renderMany()
    const box = screen.getByRole('region', { name: 'Everyone' })
    box.scrollTop = 44 * 3000
    fireEvent.scroll(box)
    const shown = screen
      .getAllByTestId('person-row')
      .map((row) => row.getAttribute('aria-rowindex'))
    expect(shown).toContain('3002')
    expect(screen.queryByText('Person 0000')).toBeNull()
  })

  it('sorts all rows, not just those in view', async () => {
    const user = userEvent.setup()
    renderMany()
    await user.click(screen.getByRole('button', { name: /Minutes/ }))
    await user.click(screen.getByRole('button', { name: /Minutes/ }))
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Person 4999')
  })
})

describe('sorting rules', () => {
  it('puts blanks last and compares text in reading order, numbers by value', () => {
    expect([3, null, 1].sort(compareValues)).toEqual([1, 3, null])
    expect(['b10', 'b9', 'A'].sort(compareValues)).toEqual(['A', 'b9', 'b10'])
  })

  it('keeps rows as given when nothing is chosen', () => {
    expect(sortRows(people, columns, null)).toBe(people)
  })
})
