import { describe, expect, it } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { InvokeOutput } from '@shared/ipc/contract'
import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'
import { MeetingsView } from '../../../../src/renderer/src/features/meetings/MeetingsView'
import { useAccountsStore } from '../../../../src/renderer/src/stores/use-accounts-store'
import { useAttendanceStore } from '../../../../src/renderer/src/stores/use-attendance-store'
import { useNavigationStore } from '../../../../src/renderer/src/stores/use-navigation-store'
import { useRollUpStore } from '../../../../src/renderer/src/stores/use-rollup-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { accountsState, rollUpView } from '../support/samples'

// #20 on the Meetings screen: dates fetched only when valid and settled, a series combined in
// one click, Upcoming and Scheduled that differ as Zoom's types do, and links to share.

const host = 'host@example.org'

function connect(): void {
  useAccountsStore.setState({
    account: {
      status: 'idle',
      data: accountsState({ mode: 'demo', label: 'Demo', hostEmail: host }),
      error: null,
      kind: null
    }
  })
}

const past: InvokeOutput<'meetings:list-past'> = {
  userId: host,
  notes: [],
  offline: false,
  meetings: ['a==', 'b=='].map((uuid, i) => ({
    id: '82770614280',
    uuid,
    topic: 'Volunteer Onboarding',
    type: 8,
    startTime: `2026-10-0${i + 1}T17:00:00Z`,
    endTime: `2026-10-0${i + 1}T18:00:00Z`,
    durationMinutes: 60,
    participants: 12,
    archivedAt: null,
    goneFromZoomSince: null
  }))
}

function listed(id: string, topic: string, start: string | null, type = 2): MeetingListItem {
  return { id, topic, type, startTime: start, durationMinutes: 60, timezone: null, joinUrl: null }
}

const hour = 3_600_000
// The past list asks which meetings have open review questions, for its badges: none here.
const noQuestions = ok({ items: [], openByMeeting: {}, instances: 0 })
const inDays = (days: number) => new Date(Date.now() + days * 24 * hour).toISOString()

describe('the past meetings dates', () => {
  it('fetches only a valid range, once typing stops, and says which range is shown', async () => {
    connect()
    const fake = installFakeBridge({
      'meetings:list-past': ok(past),
      'identity:review-queue': noQuestions,
      'users:list': ok({ users: [] })
    })
    render(<MeetingsView />)
    await screen.findByTestId('past-meetings')
    expect(fake.inputsOf('meetings:list-past')).toHaveLength(1)
    const from = screen.getByLabelText('From')
    const to = screen.getByLabelText('To')
    // Half-typed: the start after the end. No fetch, a plain error, the old list stays labelled.
    fireEvent.change(from, { target: { value: '2026-09-15' } })
    fireEvent.change(to, { target: { value: '2026-09-01' } })
    expect(screen.getByRole('alert')).toHaveTextContent('The start date is after the end date.')
    expect(from).toHaveAttribute('aria-invalid', 'true')
    await act(() => new Promise((resolve) => setTimeout(resolve, 900)))
    expect(fake.inputsOf('meetings:list-past')).toHaveLength(1)
    expect(screen.getByTestId('past-range')).toHaveTextContent(/^Showing meetings from/)
    // Fixed, and then left alone: fetched once, for that range.
    fireEvent.change(to, { target: { value: '2026-09-30' } })
    expect(screen.queryByRole('alert')).toBeNull()
    await waitFor(() => expect(fake.inputsOf('meetings:list-past')).toHaveLength(2), {
      timeout: 2000
    })
    expect(fake.inputsOf('meetings:list-past')[1]).toMatchObject({
      from: '2026-09-15',
      to: '2026-09-30'
    })
    expect(await screen.findByTestId('past-range')).toHaveTextContent(
      'Showing meetings from Sep 15, 2026 to Sep 30, 2026.'
    )
  })

  it('combines all sessions of a series in one click, with no ID copied by hand', async () => {
    const user = userEvent.setup()
    connect()
    const fake = installFakeBridge({
      'meetings:list-past': ok(past),
      'identity:review-queue': noQuestions,
      'users:list': ok({ users: [] }),
      'rollup:load': ok(rollUpView())
    })
    render(<MeetingsView />)
    const list = await screen.findByTestId('past-meetings')
    await user.click(within(list).getByRole('button', { name: /Combine all sessions/ }))
    expect(useNavigationStore.getState().current).toBe('attendance')
    expect(useAttendanceStore.getState().mode).toBe('rollup')
    await waitFor(() => expect(useRollUpStore.getState().view.data).not.toBeNull())
    expect(fake.inputsOf('rollup:load')[0]?.selection).toEqual({
      kind: 'recurring',
      meetingId: '82770614280'
    })
  })
})

describe('upcoming and scheduled meetings', () => {
  const meetings = [
    listed('11111111111', 'Series, first held long ago', inDays(3), 8),
    listed('22222222222', 'Tomorrow’s one-off', inDays(1)),
    listed('33333333333', 'Last week’s one-off', inDays(-7)),
    listed('44444444444', 'Mentor chat (no fixed time)', null, 3)
  ]

  async function show(tab: 'Upcoming' | 'Scheduled') {
    const user = userEvent.setup()
    connect()
    installFakeBridge({
      'meetings:list-past': ok(past),
      'identity:review-queue': noQuestions,
      'meetings:list': ok({ meetings }),
      'users:list': ok({ users: [] }),
      'meetings:links': ok({
        joinUrl: 'https://zoom.us/j/22222222222',
        registrationUrl: 'https://zoom.us/meeting/register/abc',
        registrants: { approved: 14, pending: 2 }
      })
    })
    render(<MeetingsView />)
    await user.click(screen.getByRole('tab', { name: tab }))
    const list = await screen.findByTestId('scheduled-meetings')
    const topics = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('p')?.firstChild?.textContent?.trim())
    return { user, list, topics }
  }

  it('lists Upcoming by next start, soonest first, without meetings whose date passed', async () => {
    const { topics } = await show('Upcoming')
    expect(topics).toEqual([
      'Tomorrow’s one-off',
      'Series, first held long ago',
      'Mentor chat (no fixed time)'
    ])
    expect(screen.getByTestId('tab-meaning')).toHaveTextContent('still to come')
  })

  it('lists everything Zoom keeps on Scheduled, marking a date that passed', async () => {
    const { list, topics } = await show('Scheduled')
    expect(topics[0]).toBe('Last week’s one-off')
    expect(topics).toHaveLength(4)
    expect(within(list).getAllByText('Date passed')).toHaveLength(1)
  })

  it('opens a row to its links, with copy buttons, and the registrant count', async () => {
    const { user, list } = await show('Upcoming')
    const row = within(list).getAllByRole('listitem')[0]!
    await user.click(within(row).getByRole('button', { name: /Links and registrations/ }))
    const links = await within(row).findByTestId('meeting-links')
    expect(within(links).getByTestId('registrant-count')).toHaveTextContent(
      '14 people have registered, 2 waiting for approval.'
    )
    expect(within(links).getByLabelText('Registration link')).toHaveValue(
      'https://zoom.us/meeting/register/abc'
    )
    expect(within(links).getByLabelText('Join link')).toHaveValue('https://zoom.us/j/22222222222')
    expect(within(links).getAllByRole('button', { name: /^Copy/ })).toHaveLength(2)
  })
})

describe('before any account', () => {
  it('offers buttons to set one up or start the demo, not a sentence', async () => {
    const user = userEvent.setup()
    installFakeBridge({})
    render(<MeetingsView />)
    const needs = screen.getByTestId('needs-account')
    await user.click(within(needs).getByRole('button', { name: 'Set up a Zoom account' }))
    expect(useNavigationStore.getState().current).toBe('accounts')
    expect(within(needs).getByRole('button', { name: 'Explore with demo data' })).toBeEnabled()
  })
})
