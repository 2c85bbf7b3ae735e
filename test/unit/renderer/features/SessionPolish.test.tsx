import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SessionAttendance } from '../../../../src/renderer/src/features/attendance/SessionAttendance'
import { useAttendanceStore } from '../../../../src/renderer/src/stores/use-attendance-store'
import { useDisplayStore } from '../../../../src/renderer/src/stores/use-display-store'
import { useNavigationStore } from '../../../../src/renderer/src/stores/use-navigation-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { attendanceView, person } from '../support/samples'
import { useFakeLayout } from '../support/fake-layout'

// #20 in one session's attendance: a threshold field that keeps what is typed, statuses that
// explain themselves, rows that say what happened, exports of what is shown, and zones on times.

const absent = person('Ann Absent', {
  status: 'Absent',
  firstJoin: null,
  lastLeave: null,
  minutesAttended: 0,
  attendancePercent: 0,
  sessions: 0,
  identityRule: 'none',
  registeredAt: '2026-10-01T09:00:00Z'
})
const twoDevices = person('Tom Twice', {
  sessions: 2,
  trail: [
    {
      join: '2026-10-05T17:00:00Z',
      leave: '2026-10-05T17:40:00Z',
      durationSeconds: 2400,
      inWaitingRoom: false,
      counted: true,
      name: 'Tom (laptop)',
      email: ''
    },
    {
      join: '2026-10-05T17:30:00Z',
      leave: '2026-10-05T18:00:00Z',
      durationSeconds: 1800,
      inWaitingRoom: false,
      counted: true,
      name: 'Tom (phone)',
      email: ''
    }
  ]
})
const people = [
  absent,
  person('Ada Lovelace', { minutesAttended: 55, attendancePercent: 92 }),
  person('Grace Hopper', { minutesAttended: 30, attendancePercent: 50, status: 'Partial' }),
  twoDevices
]

async function openSession(answers: Parameters<typeof installFakeBridge>[0] = {}) {
  const fake = installFakeBridge({ 'attendance:load': ok(attendanceView(people)), ...answers })
  useAttendanceStore.getState().select({ ref: 'uuid==', topic: 'Onboarding', startTime: null })
  render(<SessionAttendance />)
  const table = await screen.findByRole('table', { name: 'People' })
  return { fake, table }
}

const row = (table: HTMLElement, name: string) =>
  within(table)
    .getByRole('rowheader', { name: new RegExp(name) })
    .closest('tr')!

describe('the threshold field keeps what is typed', () => {
  useFakeLayout()

  it('clearing and typing 50 gives 50, not 050, and applies it', async () => {
    const user = userEvent.setup()
    const { fake } = await openSession()
    const field = screen.getByLabelText('Attended at (% of the meeting)')
    await user.clear(field)
    expect(field).toHaveValue('')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    await user.type(field, '50')
    expect(field).toHaveValue('50')
    expect(field).not.toHaveAttribute('aria-invalid')
    // Applied once typing stops: "5" on the way to "50" is never fetched.
    await waitFor(() =>
      expect(fake.inputsOf('attendance:load').map((i) => i.thresholdPercent)).toEqual([75, 50])
    )
    expect(field).toHaveValue('50')
  })

  for (const typed of ['101', '-5', '62.5', 'abc']) {
    it(`keeps “${typed}”, says what is wrong, and applies nothing`, async () => {
      const user = userEvent.setup()
      const { fake } = await openSession()
      const field = screen.getByLabelText('Attended at (% of the meeting)')
      await user.tripleClick(field)
      await user.keyboard(typed)
      expect(field).toHaveValue(typed)
      expect(field).toHaveAttribute('aria-invalid', 'true')
      expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0 to 100')
      await user.tab()
      await new Promise((resolve) => setTimeout(resolve, 700))
      expect(field).toHaveValue(typed)
      expect(fake.inputsOf('attendance:load').map((i) => i.thresholdPercent)).toEqual([75])
    })
  }

  it('says what the percentage is measured against', async () => {
    await openSession()
    expect(screen.getByText(/Measured against the meeting’s actual start to end/)).toBeVisible()
  })
})

describe('rows and statuses that explain themselves', () => {
  useFakeLayout()

  it('shows “—” for someone who never joined, not 0.0 min / 0%, and calls joins Joins', async () => {
    const { table } = await openSession()
    const cells = within(row(table, 'Ann Absent')).getAllByRole('cell')
    expect(cells.slice(-3).map((c) => c.textContent)).toEqual(['—', '—', '—'])
    expect(within(table).getByRole('columnheader', { name: /Joins/ })).toBeInTheDocument()
    expect(within(table).queryByRole('columnheader', { name: /Sessions/ })).toBeNull()
  })

  it('says when an absent registrant registered, instead of “0 rows from Zoom”', async () => {
    const user = userEvent.setup()
    const { table } = await openSession()
    await user.click(within(table).getByRole('button', { name: /Ann Absent/ }))
    const trail = within(table).getByTestId('person-trail')
    expect(trail).toHaveTextContent(/^Registered \(approved\) on Oct 1, 2026.*; never joined\.$/)
    expect(trail).not.toHaveTextContent('0 rows')
  })

  it('says an overlapping row was counted once', async () => {
    const user = userEvent.setup()
    const { table } = await openSession()
    await user.click(within(table).getByRole('button', { name: /Tom Twice/ }))
    const items = within(within(table).getByTestId('person-trail')).getAllByRole('listitem')
    expect(items[0]).not.toHaveTextContent('overlapped')
    expect(items[1]).toHaveTextContent('overlapped another row, so the shared time is counted once')
  })

  it('explains every status in a legend and in each status’s tooltip', async () => {
    const user = userEvent.setup()
    const { table } = await openSession()
    const legend = screen.getByTestId('status-legend')
    await user.click(within(legend).getByText('What the statuses mean'))
    for (const status of ['Attended', 'Partial', 'Absent', 'Joined', 'Waiting room only']) {
      expect(within(legend).getByText(status)).toBeVisible()
    }
    expect(legend).toHaveTextContent('Registered, but never joined.')
    expect(legend).toHaveTextContent('In the meeting for at least 75% of it.')
    expect(within(row(table, 'Grace Hopper')).getByText('Partial')).toHaveAttribute(
      'title',
      'In the meeting, but for less than 75% of it.'
    )
  })

  it('shows the zone next to every time, and follows the display zone', async () => {
    installFakeBridge({
      'attendance:load': ok(attendanceView(people)),
      'settings:update': (patch) =>
        ok({
          timeZone: patch.timeZone ?? null,
          attendanceThreshold: 75,
          layout: 'one-row-per-person'
        })
    })
    // As the window's shell does: a new zone redraws what is on screen.
    function Redrawn() {
      useDisplayStore((s) => s.zone)
      return <SessionAttendance />
    }
    useAttendanceStore.getState().select({ ref: 'uuid==', topic: 'Onboarding', startTime: null })
    render(<Redrawn />)
    const table = await screen.findByRole('table', { name: 'People' })
    const firstJoin = () => within(row(table, 'Ada Lovelace')).getAllByRole('cell')[3]!
    await useDisplayStore.getState().setZone('UTC')
    expect(firstJoin()).toHaveTextContent(/^5:00\sPM UTC$/)
    await useDisplayStore.getState().setZone('Asia/Tokyo')
    expect(firstJoin()).toHaveTextContent(/^2:00\sAM GMT\+9$/)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/GMT\+9$/)
  })
})

describe('exports of what is shown, everyone, or the no-shows', () => {
  useFakeLayout()

  it('says how many each button saves and sends what the table shows', async () => {
    const user = userEvent.setup()
    const saved = ok({ saved: true, fileName: 'a.csv', rows: 1 })
    const { fake } = await openSession({ 'attendance:export-csv': saved })
    await user.click(screen.getByLabelText('Absent'))
    await user.click(screen.getByRole('button', { name: /Minutes/ }))
    await user.click(screen.getByRole('button', { name: 'Export the 3 shown' }))
    await screen.findByText(/Saved 1 row/)
    await user.click(screen.getByRole('button', { name: 'Export everyone (4)' }))
    await user.click(screen.getByRole('button', { name: 'Export no-shows (1)' }))
    const [shown, everyone, noShows] = fake.inputsOf('attendance:export-csv')
    expect(shown?.shown).toEqual({
      statuses: ['Attended', 'Partial', 'Waiting room only', 'Joined'],
      search: '',
      sort: { key: 'minutesAttended', descending: false }
    })
    expect(everyone?.shown).toBeUndefined()
    expect(everyone?.list).toBeUndefined()
    expect(noShows?.list).toBe('no-shows')
  })

  it('goes back to the meetings list from the attendance', async () => {
    const user = userEvent.setup()
    await openSession()
    await user.click(screen.getByRole('button', { name: /Back to meetings/ }))
    expect(useNavigationStore.getState().current).toBe('meetings')
  })
})
