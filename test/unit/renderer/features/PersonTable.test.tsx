import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SessionAttendance } from '../../../../src/renderer/src/features/attendance/SessionAttendance'
import { useAttendanceStore } from '../../../../src/renderer/src/stores/use-attendance-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { attendanceView, person } from '../support/samples'
import { useFakeLayout } from '../support/fake-layout'

const people = [
  person('Grace Hopper', { minutesAttended: 30, status: 'Partial' }),
  person('Ada Lovelace', { minutesAttended: 55 }),
  person('Alan Turing', { minutesAttended: null, status: 'Waiting room only', sessions: 0 })
]

async function openSession() {
  installFakeBridge({ 'attendance:load': ok(attendanceView(people)) })
  useAttendanceStore.getState().select({ ref: 'uuid==', topic: 'Onboarding', startTime: null })
  render(<SessionAttendance />)
  return screen.findByRole('table', { name: 'People' })
}

const shownNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace(/^[▸▾]\s*/, ''))

describe('one session’s people', () => {
  useFakeLayout()

  it('loads when a session is chosen, and lists everyone', async () => {
    const table = await openSession()
    expect(shownNames(table)).toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing'])
    expect(screen.getByTestId('people-count')).toHaveTextContent('Showing 3 of 3 people.')
  })

  it('gives every status its own colour, including Waiting room only', async () => {
    const table = await openSession()
    const badge = within(table).getByText('Waiting room only')
    const attended = within(table).getByText('Attended')
    expect(badge.className).not.toBe(attended.className)
  })

  it('filters by status and search, and sorts through the store', async () => {
    const user = userEvent.setup()
    const table = await openSession()
    await user.click(screen.getByLabelText('Partial'))
    expect(shownNames(table)).toEqual(['Ada Lovelace', 'Alan Turing'])
    await user.type(screen.getByLabelText('Search people'), 'ada')
    expect(shownNames(table)).toEqual(['Ada Lovelace'])
    await user.clear(screen.getByLabelText('Search people'))
    await user.click(screen.getByLabelText('Partial'))
    await user.click(within(table).getByRole('button', { name: /Minutes/ }))
    expect(useAttendanceStore.getState().sort).toEqual({
      key: 'minutesAttended',
      descending: false
    })
    expect(shownNames(table)).toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing'])
  })

  it('opens a row to its audit trail from the keyboard', async () => {
    const user = userEvent.setup()
    const table = await openSession()
    const toggle = within(table).getByRole('button', { name: /Ada Lovelace/ })
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(within(table).getByTestId('person-trail')).toHaveTextContent(
      'Rows were matched to this person by their email address.'
    )
  })
})
