import { describe, expect, it } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NavBar } from '../../../../../src/renderer/src/components/NavBar'
import { followArchive } from '../../../../../src/renderer/src/stores/follow-archive'
import { followJobProgress } from '../../../../../src/renderer/src/stores/use-jobs-store'
import { useNavigationStore } from '../../../../../src/renderer/src/stores/use-navigation-store'
import { failed, installFakeBridge, ok } from '../../support/fake-bridge'
import { archiveStatus, syncProgress } from '../../support/archive-samples'

function startAutomaticSync() {
  const fake = installFakeBridge({
    'archive:get-status': ok(archiveStatus()),
    'jobs:cancel': ok({ cancelled: true })
  })
  followJobProgress()
  followArchive()
  render(
    <>
      <NavBar />
      <main id="main">
        <h1 tabIndex={-1}>Users</h1>
      </main>
    </>
  )
  act(() => fake.emit('archive:sync-started', { jobId: 'auto-1', automatic: true }))
  return fake
}

describe('the sync indicator', () => {
  it('shows an automatic sync’s progress on any screen, and cancels it', async () => {
    const user = userEvent.setup()
    const fake = startAutomaticSync()
    const indicator = screen.getByTestId('sync-indicator')
    expect(indicator).toHaveTextContent('Automatic archive sync running')
    expect(indicator).toHaveTextContent('Finding sessions…')
    act(() => fake.emit('jobs:progress', syncProgress('auto-1', 4, 20)))
    expect(indicator).toHaveTextContent('4 of 20 sessions about 2 min left')
    await user.click(screen.getByRole('button', { name: 'Cancel sync' }))
    expect(fake.inputsOf('jobs:cancel')).toEqual([{ jobId: 'auto-1' }])
    act(() => fake.emit('jobs:progress', syncProgress('auto-1', 5, 20, 'cancelled')))
    expect(screen.queryByTestId('sync-indicator')).toBeNull()
    // The box went with its Cancel button: keyboard users land on the screen's heading.
    expect(screen.getByRole('heading', { name: 'Users' })).toHaveFocus()
  })

  it('says so when the sync cannot be stopped', async () => {
    const user = userEvent.setup()
    const fake = startAutomaticSync()
    fake.answer('jobs:cancel', failed('That job has already ended.'))
    await user.click(screen.getByRole('button', { name: 'Cancel sync' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The sync could not be stopped: That job has already ended.'
    )
  })

  it('opens the Archive screen, where the full progress shows instead', async () => {
    const user = userEvent.setup()
    startAutomaticSync()
    await user.click(screen.getByRole('button', { name: 'Details' }))
    expect(useNavigationStore.getState().current).toBe('archive')
    expect(screen.queryByTestId('sync-indicator')).toBeNull()
    expect(screen.getByRole('button', { name: 'Archive' })).toHaveAttribute('aria-current', 'page')
  })
})
