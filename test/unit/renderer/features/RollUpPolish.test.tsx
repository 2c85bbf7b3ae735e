import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { rollUpViewSchema } from '@shared/ipc/contracts/rollup-contract'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { RollUpPanel } from '../../../../src/renderer/src/features/rollup/RollUpPanel'
import { useRollUpStore } from '../../../../src/renderer/src/stores/use-rollup-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { useFakeLayout } from '../support/fake-layout'

// #20 in the roll-up: the host kept out of counts, name-only matches flagged, a threshold and
// the statuses that count said out loud, a sortable and searchable matrix where "registered
// but absent" is not the same blank as "not registered", and exports of what is shown.

function view(): RollUpView {
  return rollUpViewSchema.parse({
    instances: [0, 1, 2].map((i) => ({
      uuid: `u${i}`,
      topic: 'Weekly',
      start: `2026-10-0${i + 1}T17:00:00Z`,
      attended: 0,
      provenance: { kind: 'live', fetchedAt: '2026-10-09T18:00:00Z' }
    })),
    people: [
      {
        name: 'Ada',
        email: 'ada@example.org',
        instancesAttended: 1,
        totalMinutes: 50,
        minutes: [50, 0, 0],
        statuses: ['Attended', 'Absent', 'Absent'],
        nameOnly: false,
        host: false
      },
      {
        name: 'Grace',
        email: 'grace@example.org',
        instancesAttended: 3,
        totalMinutes: 120,
        minutes: [60, 30, 30],
        statuses: ['Attended', 'Partial', 'Partial'],
        nameOnly: false,
        host: false
      },
      {
        name: 'Guest Cy',
        email: '',
        instancesAttended: 2,
        totalMinutes: 40,
        minutes: [20, 20, 0],
        statuses: ['Attended', 'Attended', null],
        nameOnly: true,
        host: false
      },
      {
        name: 'Hal Host',
        email: 'host@example.org',
        instancesAttended: 3,
        totalMinutes: 180,
        minutes: [60, 60, 60],
        statuses: ['Attended', 'Attended', 'Attended'],
        nameOnly: false,
        host: true
      }
    ],
    failures: [],
    skipped: 0,
    cancelled: false,
    stoppedBy: null
  })
}

async function combine(answers: Parameters<typeof installFakeBridge>[0] = {}) {
  const user = userEvent.setup()
  const fake = installFakeBridge({ 'rollup:load': ok(view()), ...answers })
  render(<RollUpPanel />)
  await user.click(screen.getByRole('button', { name: 'Combine sessions' }))
  const matrix = await screen.findByRole('table', { name: 'Minutes per person per session' })
  return { user, fake, matrix }
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace(/Host|⚠.*$/g, '').trim())

describe('who counts', () => {
  useFakeLayout()

  it('leaves the host out of the counts by default, marked, and in on request', async () => {
    const { user, matrix } = await combine()
    expect(screen.getByTestId('rollup-count')).toHaveTextContent(
      '3 of 3 people attended at least 1 of 3 sessions.'
    )
    expect(names(matrix)).not.toContain('Hal')
    const chart = screen.getByTestId('sessions-chart')
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['3Oct 1', '2Oct 2', '1Oct 3'])
    await user.click(screen.getByLabelText('Count the host (Hal Host)'))
    expect(screen.getByTestId('rollup-count')).toHaveTextContent('4 of 4 people')
    expect(within(matrix).getByRole('rowheader', { name: /Hal Host/ })).toHaveTextContent('Host')
  })

  it('has the same threshold control as one meeting, and says which statuses count', async () => {
    const { user, fake } = await combine()
    expect(screen.getByTestId('rollup-rules')).toHaveTextContent(
      /counts as attended when the person’s status there was Attended \(at least 75% of it\), Partial .* or Joined/
    )
    const field = screen.getByLabelText('Attended at (% of the meeting)')
    await user.clear(field)
    await user.type(field, '50')
    await waitFor(() =>
      expect(fake.inputsOf('rollup:load').map((i) => i.thresholdPercent)).toEqual([75, 50])
    )
    expect(screen.getByTestId('rollup-rules')).toHaveTextContent('at least 50% of it')
  })

  it('flags a match made on the display name only', async () => {
    const { matrix } = await combine()
    expect(within(matrix).getByRole('rowheader', { name: /Guest Cy/ })).toHaveTextContent(
      'check this match'
    )
    expect(within(matrix).getByRole('rowheader', { name: /^Ada$/ })).not.toHaveTextContent('check')
  })
})

describe('the matrix', () => {
  useFakeLayout()

  it('tells registered-but-absent from not registered, and counts the sessions missed', async () => {
    const { matrix } = await combine()
    const ada = within(matrix).getByRole('rowheader', { name: /^Ada$/ }).closest('tr')!
    const cells = within(ada)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    // email, attended, missed, total, then one cell per session
    expect(cells.slice(2)).toEqual(['2', '50.0', '50', 'absent', 'absent'])
    const cy = within(matrix)
      .getByRole('rowheader', { name: /Guest Cy/ })
      .closest('tr')!
    expect(within(cy).getAllByRole('cell').at(-1)).toHaveTextContent('not registered')
    expect(within(matrix).getByRole('columnheader', { name: /Missed/ })).toBeInTheDocument()
  })

  it('sorts by any column and searches, with the name column frozen', async () => {
    const { user, matrix } = await combine()
    expect(names(matrix)).toEqual(['Ada', 'Grace', 'Guest Cy'])
    await user.click(within(matrix).getByRole('button', { name: /Missed/ }))
    await user.click(within(matrix).getByRole('button', { name: /Missed/ }))
    expect(names(matrix)).toEqual(['Ada', 'Grace', 'Guest Cy'])
    expect(useRollUpStore.getState().sort).toEqual({ key: 'missed', descending: true })
    await user.click(within(matrix).getByRole('button', { name: /Sessions attended/ }))
    expect(names(matrix)).toEqual(['Ada', 'Guest Cy', 'Grace'])
    await user.type(screen.getByLabelText('Search people'), 'gr')
    expect(names(matrix)).toEqual(['Grace'])
    expect(screen.getByTestId('rollup-count')).toHaveTextContent('and match “gr”')
    expect(matrix.className).toMatch(/frozen/)
  })

  it('shows each session’s status in the long layout', async () => {
    const { user } = await combine()
    await user.click(screen.getByLabelText('One row per person per session (long)'))
    const long = screen.getByRole('table', { name: 'Each person’s sessions' })
    expect(within(long).getByRole('columnheader', { name: 'Status' })).toBeInTheDocument()
    const ada = within(long)
      .getAllByRole('row')
      .filter((r) => r.textContent?.startsWith('Ada'))
    expect(ada.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Attended',
      'Absent',
      'Absent'
    ])
  })

  it('exports what is shown, or everyone, saying how many', async () => {
    const saved = ok({ saved: true, fileName: 'a.csv', rows: 1 })
    const { user, fake } = await combine({ 'rollup:export-csv': saved })
    await user.clear(screen.getByLabelText('Attended at least (sessions)'))
    await user.type(screen.getByLabelText('Attended at least (sessions)'), '2')
    await user.click(screen.getByRole('button', { name: 'Export the 2 shown' }))
    await user.click(await screen.findByRole('button', { name: 'Export everyone (4)' }))
    const [shown, everyone] = fake.inputsOf('rollup:export-csv')
    expect(shown?.shown).toEqual({
      minAttended: 2,
      includeHost: false,
      search: '',
      sort: { key: 'name', descending: false }
    })
    expect(shown?.layout).toBe('matrix')
    expect(everyone?.shown).toBeUndefined()
  })
})

describe('choosing the sessions', () => {
  it('takes a meeting ID as Zoom shows it, and a series can be limited to dates', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({ 'rollup:load': ok(view()) })
    render(<RollUpPanel />)
    await user.click(screen.getByLabelText('Every session of one recurring meeting'))
    await user.type(screen.getByLabelText('Meeting ID'), '827 7061-4280')
    await user.click(screen.getByLabelText('Only sessions between two dates'))
    await user.clear(screen.getByLabelText('From'))
    await user.type(screen.getByLabelText('From'), '2026-09-01')
    await user.clear(screen.getByLabelText('To'))
    await user.type(screen.getByLabelText('To'), '2026-10-31')
    await user.click(screen.getByRole('button', { name: 'Combine sessions' }))
    expect(fake.inputsOf('rollup:load')[0]?.selection).toEqual({
      kind: 'recurring',
      meetingId: '82770614280',
      from: '2026-09-01',
      to: '2026-10-31'
    })
  })
})
