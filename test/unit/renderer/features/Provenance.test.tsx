import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { IpcResult } from '@shared/ipc/result'
import type { InvokeOutput } from '@shared/ipc/contract'
import type { PastMeeting } from '@shared/ipc/contracts/past-meetings-contract'
import type { Provenance } from '@shared/ipc/contracts/archive-contract'
import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { SessionAttendance } from '../../../../src/renderer/src/features/attendance/SessionAttendance'
import { MeetingsTabPanel } from '../../../../src/renderer/src/features/meetings/MeetingsTabPanel'
import { RollUpResults } from '../../../../src/renderer/src/features/rollup/RollUpResults'
import { formatDate, formatDateTime } from '../../../../src/renderer/src/lib/format'
import { useAttendanceStore } from '../../../../src/renderer/src/stores/use-attendance-store'
import { useMeetingsStore } from '../../../../src/renderer/src/stores/use-meetings-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'
import { useFakeLayout } from '../support/fake-layout'
import { attendanceView, person, rollUpView } from '../support/samples'

const archivedAt = '2026-11-03T14:02:00Z'
const goneSince = '2026-06-01T00:00:00Z'
const archived: Provenance = { kind: 'archive', archivedAt, goneFromZoomSince: null }
const gone: Provenance = { kind: 'archive', archivedAt, goneFromZoomSince: goneSince }

function openSession(provenance: Provenance) {
  const fake = installFakeBridge({
    'attendance:load': ok(attendanceView([person('Ada')], 'Onboarding', provenance))
  })
  useAttendanceStore.getState().select({ ref: 'uuid==', topic: 'Onboarding', startTime: null })
  render(<SessionAttendance />)
  return fake
}

describe('where one session’s attendance came from', () => {
  useFakeLayout()

  it('says when it was archived, and since when Zoom no longer has it', async () => {
    openSession(gone)
    expect(await screen.findByTestId('provenance')).toHaveTextContent(
      `Archived ${formatDateTime(archivedAt)}. No longer on Zoom since ${formatDate(goneSince)} (kept in your archive).`
    )
  })

  it('says it is live from Zoom', async () => {
    openSession({ kind: 'live', fetchedAt: archivedAt })
    expect(await screen.findByTestId('provenance')).toHaveTextContent('Live from Zoom.')
  })

  it('keeps the archived copy while a refresh runs, and after it fails says so', async () => {
    const user = userEvent.setup()
    const fake = openSession(archived)
    await screen.findByRole('table', { name: 'People' })
    const answer = deferred<IpcResult<InstanceAttendanceView>>()
    fake.answer('attendance:load', () => answer.promise)
    await user.click(screen.getByRole('button', { name: 'Refresh from Zoom' }))
    expect(fake.inputsOf('attendance:load')[1]?.refresh).toBe(true)
    expect(screen.getByTestId('job-progress')).toHaveTextContent(
      'Fetching a fresh copy from Zoom (the copy shown stays until it arrives)'
    )
    expect(screen.getByRole('table', { name: 'People' })).toBeVisible()
    answer.resolve(
      failed('Zoom is busy right now.', { code: 'rate-limited', remedy: 'Try again in a minute.' })
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The refresh from Zoom failed: Zoom is busy right now.Try again in a minute. The copy shown below is unchanged.'
    )
    expect(screen.getByTestId('provenance')).toHaveTextContent(
      `Archived ${formatDateTime(archivedAt)}`
    )
    expect(screen.getByRole('table', { name: 'People' })).toBeVisible()
  })

  it('says plainly that Zoom can’t be reached when a refresh finds no network', async () => {
    const user = userEvent.setup()
    const fake = openSession(archived)
    await screen.findByRole('table', { name: 'People' })
    fake.answer('attendance:load', failed('Headcount could not reach Zoom.', { code: 'network' }))
    await user.click(screen.getByRole('button', { name: 'Refresh from Zoom' }))
    expect(await screen.findByTestId('offline-notice')).toHaveTextContent(
      'Zoom can’t be reached. Showing what is archived on this computer.'
    )
    expect(screen.getByRole('table', { name: 'People' })).toBeVisible()
  })
})

function past(patch: Partial<PastMeeting>): PastMeeting {
  return {
    id: '82770614280',
    uuid: `u-${patch.startTime ?? 'x'}`,
    topic: 'Volunteer Onboarding',
    type: 8,
    startTime: '2026-10-05T17:00:00Z',
    endTime: null,
    durationMinutes: 60,
    participants: 12,
    archivedAt: null,
    goneFromZoomSince: null,
    ...patch
  }
}

function showPast(answer: InvokeOutput<'meetings:list-past'>) {
  installFakeBridge({
    'meetings:list-past': ok(answer),
    // The "Needs review" badges read the review queue once.
    'identity:review-queue': ok({ items: [], openByMeeting: {}, instances: 0 })
  })
  useMeetingsStore.setState({ host: 'me@demo.example' })
  render(<MeetingsTabPanel />)
}

describe('the past meetings list and the archive', () => {
  it('marks archived sessions and the ones Zoom no longer has', async () => {
    const user = userEvent.setup()
    showPast({
      userId: 'me@demo.example',
      notes: [],
      offline: false,
      meetings: [
        past({ startTime: '2025-03-03T17:00:00Z', archivedAt, goneFromZoomSince: goneSince }),
        past({ startTime: '2026-10-05T17:00:00Z', archivedAt }),
        past({ startTime: '2026-10-12T17:00:00Z' })
      ]
    })
    const list = await screen.findByTestId('past-meetings')
    expect(list).toHaveTextContent('3 sessions (2 archived)')
    await user.click(within(list).getByRole('button', { name: 'Show 3 sessions' }))
    expect(within(list).getAllByTestId('archived-badge')).toHaveLength(1)
    expect(within(list).getByTestId('gone-badge')).toHaveTextContent(
      `No longer on Zoom since ${formatDate(goneSince)} · kept in your archive`
    )
    expect(screen.queryByTestId('offline-notice')).toBeNull()
  })

  it('says when it shows only what is archived because Zoom can’t be reached', async () => {
    showPast({
      userId: 'me@demo.example',
      notes: [],
      offline: true,
      meetings: [past({ archivedAt })]
    })
    expect(await screen.findByTestId('offline-notice')).toHaveTextContent(
      'Zoom can’t be reached. Showing what is archived on this computer.'
    )
    expect(screen.getByTestId('archived-badge')).toBeVisible()
  })
})

describe('where a roll-up’s sessions came from', () => {
  useFakeLayout()

  it('sums it up, and lists each session’s source', async () => {
    const user = userEvent.setup()
    installFakeBridge()
    const view = rollUpView(3)
    view.instances[0]!.provenance = archived
    view.instances[1]!.provenance = gone
    render(<RollUpResults view={view} />)
    const provenance = screen.getByTestId('rollup-provenance')
    expect(provenance).toHaveTextContent(
      '2 sessions from your archive on this computer, 1 live from Zoom. 1 is no longer on Zoom (kept in your archive).'
    )
    await user.click(within(provenance).getByText('Where each session came from'))
    const items = within(provenance).getAllByRole('listitem')
    expect(items.map((item) => item.textContent?.split(': ')[1])).toEqual([
      `Archived ${formatDateTime(archivedAt)}`,
      `Archived ${formatDateTime(archivedAt)}. No longer on Zoom since ${formatDate(goneSince)} (kept in your archive)`,
      'Live from Zoom'
    ])
  })

  it('says when only archived sessions could be combined because Zoom can’t be reached', () => {
    installFakeBridge()
    const note = 'Sessions before 4 May 2026 come from your archive only.'
    render(<RollUpResults view={{ ...rollUpView(1), offline: true, notes: [note] }} />)
    const provenance = screen.getByTestId('rollup-provenance')
    expect(within(provenance).getByTestId('offline-notice')).toHaveTextContent(
      'Zoom can’t be reached. Showing what is archived on this computer.'
    )
    expect(provenance).toHaveTextContent(note)
  })
})
