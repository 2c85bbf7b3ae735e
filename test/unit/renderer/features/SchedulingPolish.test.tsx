import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CreationQuota } from '@shared/ipc/contracts/meeting-create-contract'
import { CreateMeetingPanel } from '../../../../src/renderer/src/features/meetings/create/CreateMeetingPanel'
import { failed, installFakeBridge, ok } from '../support/fake-bridge'
import { userRow } from '../support/samples'

// #20 when scheduling: a series' days follow the date chosen, fields are checked again as
// they change, the zone starts at the host's, the first dates show early, and a used-up day
// stops the Schedule button.

const host = 'chicago@example.org'

function quota(left: number): CreationQuota {
  return {
    hostEmail: host,
    createdToday: 100 - left,
    limit: 100,
    left,
    resetsAt: '2099-01-02T00:00:00Z',
    blockedUntil: null
  }
}

function open(answers: Parameters<typeof installFakeBridge>[0] = {}) {
  const user = userEvent.setup()
  const fake = installFakeBridge({
    'users:list': ok({ users: [userRow(host, { timezone: 'America/Chicago' })] }),
    'meetings:creation-quota': ok(quota(40)),
    ...answers
  })
  render(<CreateMeetingPanel initialHostEmail={host} />)
  const form = screen.getByTestId('create-meeting-form')
  const setDate = (value: string) =>
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value } })
  return { user, fake, form, setDate }
}

const checkedDays = (form: HTMLElement) =>
  within(within(form).getByRole('group', { name: 'On these days' }))
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.parentElement?.textContent)

describe('a series follows the date chosen', () => {
  it('pre-ticks the weekday of the chosen date, until a day is ticked by hand', async () => {
    const { user, form, setDate } = open()
    setDate('2099-12-17')
    await user.selectOptions(within(form).getByLabelText('How often'), 'weekly')
    expect(checkedDays(form)).toEqual(['Thursday'])
    setDate('2099-12-18')
    expect(checkedDays(form)).toEqual(['Friday'])
    await user.click(within(form).getByLabelText('Monday'))
    setDate('2099-12-21')
    expect(checkedDays(form)).toEqual(['Monday', 'Friday'])
  })

  it('keeps the day of the month of the chosen date', async () => {
    const { user, form, setDate } = open()
    await user.selectOptions(within(form).getByLabelText('How often'), 'monthly')
    setDate('2099-01-31')
    expect(within(form).getByLabelText('Day of the month')).toHaveValue(31)
  })

  it('shows the first meetings as soon as the dates make sense, with no topic yet', async () => {
    const { user, form, setDate } = open()
    setDate('2099-12-17')
    await user.selectOptions(within(form).getByLabelText('How often'), 'weekly')
    const preview = within(form).getByTestId('occurrence-preview')
    expect(within(preview).getAllByRole('listitem')[0]).toHaveTextContent('Thu 17 Dec 2099')
  })
})

describe('checking the fields', () => {
  it('checks a field again as it changes, once it has shown an error', async () => {
    const { user, form } = open()
    await user.click(within(form).getByRole('button', { name: 'Schedule meeting' }))
    expect(within(form).getByText('Topic is required.')).toBeVisible()
    await user.type(within(form).getByLabelText('Topic'), 'Volunteer call')
    expect(within(form).queryByText('Topic is required.')).toBeNull()
    await user.clear(within(form).getByLabelText('Topic'))
    expect(within(form).getByText('Topic is required.')).toBeVisible()
  })

  it('drops Zoom’s “start has passed” once the date is changed', async () => {
    const { user, form, setDate } = open({
      'meetings:create': failed('That start date and time has already passed.', {
        code: 'validation',
        details: { fields: [{ field: 'date', message: 'This time has passed.' }] }
      })
    })
    await user.type(within(form).getByLabelText('Topic'), 'Volunteer call')
    await user.click(within(form).getByRole('button', { name: 'Schedule meeting' }))
    expect(
      await within(form).findByText('That start date and time has already passed.')
    ).toBeVisible()
    setDate('2099-06-01')
    expect(within(form).queryByText('That start date and time has already passed.')).toBeNull()
  })

  it('starts in the host’s time zone, not the computer’s', async () => {
    const { form } = open()
    expect(await within(form).findByDisplayValue('America/Chicago')).toBeInTheDocument()
  })
})

describe('a day with no meetings left', () => {
  it('stops the Schedule button and says when the count restarts, once', async () => {
    const { form } = open({ 'meetings:creation-quota': ok(quota(0)) })
    const line = await within(form).findByTestId('creation-quota')
    expect(line).toHaveTextContent('cannot schedule more meetings today')
    expect(within(form).getByRole('button', { name: 'Schedule meeting' })).toBeDisabled()
    expect(within(form).getAllByText(/restarts at|resets at/)).toHaveLength(1)
  })
})
