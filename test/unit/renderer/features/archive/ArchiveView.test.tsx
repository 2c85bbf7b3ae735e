import { describe, expect, it } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { IpcResult } from '@shared/ipc/result'
import type { SyncSummary } from '@shared/ipc/contracts/archive-contract'
import { deferred, ok } from '../../support/fake-bridge'
import {
  archiveFailure,
  archiveStatus,
  syncProgress,
  syncSummary
} from '../../support/archive-samples'
import { renderArchive } from './archive-test-kit'

describe('the Archive screen', () => {
  it('shows what is archived for the connected account and where the file is', async () => {
    renderArchive()
    const contents = await screen.findByTestId('archive-contents')
    expect(screen.getByRole('heading', { name: 'What is archived for “Demo organisation”' }))
    expect(within(contents).getByText('Sessions archived').nextSibling).toHaveTextContent('26')
    expect(contents).toHaveTextContent('1,480')
    expect(contents).toHaveTextContent('14 MB')
    expect(screen.getByTestId('archive-file')).toHaveTextContent(
      '/home/ada/.config/Headcount/headcount.sqlite'
    )
  })

  it('says what the last sync did, and lists each failure with its reason and a retry', async () => {
    renderArchive({
      'archive:get-status': ok(
        archiveStatus({
          lastSync: syncSummary({ goneFromZoom: 2 }),
          failures: [archiveFailure()]
        })
      )
    })
    expect(await screen.findByTestId('last-sync')).toHaveTextContent(
      '4 sessions newly archived, 22 already archived, 2 no longer on Zoom (kept in your archive). Meetings of 3 hosts were checked.'
    )
    expect(screen.getByTestId('sync-failures')).toHaveTextContent(
      '1 session could not be archived yet.Each will be tried again at the next sync.'
    )
    const table = screen.getByRole('table', { name: 'Sessions not archived yet' })
    expect(table).toHaveTextContent(
      'Zoom has not finished the report for this meeting yet. Wait 30 minutes.'
    )
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Volunteer Onboarding')
  })

  it('syncs with progress and Cancel, and a stopped sync says the next one carries on', async () => {
    const user = userEvent.setup()
    const answer = deferred<IpcResult<SyncSummary>>()
    const fake = renderArchive({
      'archive:sync': () => answer.promise,
      'jobs:cancel': ok({ cancelled: true })
    })
    await user.click(await screen.findByRole('button', { name: 'Sync archive' }))
    const [{ jobId }] = fake.inputsOf('archive:sync') as [{ jobId: string }]
    act(() => fake.emit('jobs:progress', syncProgress(jobId, 3, 12)))
    expect(screen.getByTestId('job-progress')).toHaveTextContent(
      'Archiving sessions — 3 of 12 about 2 min left'
    )
    expect(screen.queryByRole('button', { name: 'Sync archive' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(fake.inputsOf('jobs:cancel')).toEqual([{ jobId }])

    const stopped = syncSummary({ cancelled: true, newInstances: 3 })
    fake.answer('archive:get-status', ok(archiveStatus({ lastSync: stopped })))
    await act(async () => answer.resolve(ok(stopped)))
    expect(await screen.findByText('This sync was stopped before it finished.')).toBeVisible()
    expect(screen.getByTestId('last-sync')).toHaveTextContent(
      'Press Sync archive to carry on from where it stopped.'
    )
    // Cancel went with the progress bar; keyboard users land on Sync archive, not nowhere.
    expect(screen.getByRole('button', { name: 'Sync archive' })).toHaveFocus()
  })

  it('says why a sync stopped early, with the fix', async () => {
    const auth = {
      code: 'auth' as const,
      message: 'Zoom did not accept the sign-in.',
      remedy: 'Check the client secret on the Accounts screen.'
    }
    renderArchive({
      'archive:get-status': ok(archiveStatus({ lastSync: syncSummary({ stoppedBy: auth }) }))
    })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The sync stopped early: Zoom did not accept the sign-in.Check the client secret on the Accounts screen. Then press Sync archive to carry on.'
    )
  })

  it('needs an account before it can sync', async () => {
    renderArchive({ 'archive:get-status': ok(archiveStatus({ account: null })) }, false)
    expect(await screen.findByRole('button', { name: 'Sync archive' })).toBeDisabled()
    expect(screen.getAllByText(/Connect a Zoom account \(or start the demo\)/)).toHaveLength(2)
    expect(screen.queryByRole('button', { name: /Forget this account/ })).toBeNull()
  })

  it('shows that the file was set aside, where the old one is, and dismisses it', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({
      'archive:get-status': ok(
        archiveStatus({
          notices: [
            {
              kind: 'damaged-set-aside',
              message: 'The archive file was damaged, so Headcount started a new one.',
              setAsidePath: '/data/headcount.damaged-2026-11-03.sqlite'
            }
          ]
        })
      ),
      'archive:dismiss-notices': ok({ dismissed: true })
    })
    const notices = await screen.findByTestId('archive-notices')
    expect(notices).toHaveTextContent(
      'The old file is kept at /data/headcount.damaged-2026-11-03.sqlite. Nothing was deleted.'
    )
    await user.click(screen.getByRole('button', { name: 'Dismiss this message' }))
    expect(fake.inputsOf('archive:dismiss-notices')).toHaveLength(1)
    expect(screen.queryByTestId('archive-notices')).toBeNull()
  })
})
