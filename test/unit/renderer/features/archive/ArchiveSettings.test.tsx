import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ArchiveSettings } from '@shared/ipc/contracts/archive-contract'
import { failed, ok } from '../../support/fake-bridge'
import { fakeDialogsForEachTest } from '../../support/fake-dialog'
import { archiveStatus } from '../../support/archive-samples'
import { renderArchive } from './archive-test-kit'

fakeDialogsForEachTest()

const saved: ArchiveSettings = { autoSync: true, everyHours: 6, retention: { keep: 'forever' } }
const echo = (patch: Partial<ArchiveSettings>) => ok({ ...saved, ...patch })

describe('the archive settings', () => {
  it('checks the hours in plain words before saving, and saves a good value', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({ 'archive:update-settings': echo })
    const hours = await screen.findByLabelText('How often (hours)')
    await user.clear(hours)
    await user.type(hours, '0')
    await user.click(screen.getByRole('button', { name: 'Save automatic sync' }))
    expect(screen.getByText(/Enter a whole number of hours from 1 to 168/)).toBeVisible()
    expect(hours).toHaveAttribute('aria-invalid', 'true')
    expect(fake.inputsOf('archive:update-settings')).toEqual([])
    await user.clear(hours)
    await user.type(hours, '12')
    await user.click(screen.getByRole('button', { name: 'Save automatic sync' }))
    expect(fake.inputsOf('archive:update-settings')).toEqual([{ autoSync: true, everyHours: 12 }])
    expect(await screen.findByText(/Saved\. Headcount syncs when it opens and every 12 hours/))
  })

  it('says the demo never syncs by itself', async () => {
    renderArchive()
    expect(await screen.findByText(/The demo never syncs by itself/)).toBeVisible()
  })

  it('switches automatic sync off without needing the hours', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({ 'archive:update-settings': echo })
    await user.clear(await screen.findByLabelText('How often (hours)'))
    await user.click(screen.getByLabelText(/Sync when Headcount opens/))
    expect(screen.getByLabelText('How often (hours)')).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Save automatic sync' }))
    expect(fake.inputsOf('archive:update-settings')).toEqual([{ autoSync: false }])
    expect(await screen.findByText(/only when you press Sync archive/)).toBeVisible()
  })

  it('keeps what was typed when saving fails, and says why', async () => {
    const user = userEvent.setup()
    renderArchive({
      'archive:update-settings': failed('Headcount could not save its settings.', {
        remedy: 'Check that the disk is not full, then save again.'
      })
    })
    const hours = await screen.findByLabelText('How often (hours)')
    await user.clear(hours)
    await user.type(hours, '24')
    await user.click(screen.getByRole('button', { name: 'Save automatic sync' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Headcount could not save its settings.Check that the disk is not full, then save again.'
    )
    expect(hours).toHaveValue('24')
  })

  it('asks before a retention that deletes sessions, and sends nothing when cancelled', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({ 'archive:update-settings': echo })
    await user.click(await screen.findByLabelText(/Keep for a number of months/))
    const months = screen.getByLabelText('Months to keep')
    await user.clear(months)
    await user.type(months, 'two')
    await user.click(screen.getByRole('button', { name: 'Save how long to keep' }))
    expect(screen.getByText(/Enter a whole number of months from 1 to 600/)).toBeVisible()
    await user.clear(months)
    await user.type(months, '3')
    await user.click(screen.getByRole('button', { name: 'Save how long to keep' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete older archived sessions?' })
    expect(dialog).toHaveTextContent('This cannot be undone.')
    // The oldest archived session (May 2026) is older than three months before today.
    expect(dialog).toHaveTextContent(/so some will be deleted/)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(fake.inputsOf('archive:update-settings')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Save how long to keep' }))
    await user.click(screen.getByRole('button', { name: 'Keep 3 months, delete older' }))
    expect(fake.inputsOf('archive:update-settings')).toEqual([
      { retention: { keep: 'months', months: 3 } }
    ])
    expect(await screen.findByText(/older than 3 months are deleted after each sync/)).toBeVisible()
  })

  it('does not ask when the new retention keeps more', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({
      'archive:get-status': ok(
        archiveStatus({ settings: { ...saved, retention: { keep: 'months', months: 12 } } })
      ),
      'archive:update-settings': echo
    })
    await user.click(await screen.findByLabelText(/Keep forever/))
    await user.click(screen.getByRole('button', { name: 'Save how long to keep' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fake.inputsOf('archive:update-settings')).toEqual([{ retention: { keep: 'forever' } }])
  })
})

describe('backing up, restoring and forgetting', () => {
  it('backs up to the chosen file and says where', async () => {
    const user = userEvent.setup()
    renderArchive({ 'archive:back-up': ok({ saved: true, fileName: 'headcount-backup.sqlite' }) })
    await user.click(await screen.findByRole('button', { name: 'Back up archive…' }))
    expect(
      await screen.findByText('Saved a copy of the archive to “headcount-backup.sqlite”.')
    ).toBeVisible()
  })

  it('restores only after asking, and says where the replaced archive is kept', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({
      'archive:restore': ok({
        restored: true,
        previousKeptAt: '/data/headcount.before-restore.sqlite'
      })
    })
    await user.click(await screen.findByRole('button', { name: 'Restore…' }))
    const dialog = screen.getByRole('dialog', { name: 'Replace the archive with a backup?' })
    expect(dialog).toHaveTextContent('The archive you have now is not deleted')
    expect(fake.inputsOf('archive:restore')).toEqual([])
    await user.click(within(dialog).getByRole('button', { name: 'Choose a backup…' }))
    expect(fake.inputsOf('archive:restore')).toEqual([{ confirmed: true }])
    expect(
      await screen.findByText(
        /The archive it replaced is kept at \/data\/headcount\.before-restore\.sqlite/
      )
    ).toBeVisible()
  })

  it('forgets the account’s archive only after saying it cannot be undone', async () => {
    const user = userEvent.setup()
    const fake = renderArchive({ 'archive:forget-account': ok({ forgotten: true }) })
    await user.click(await screen.findByRole('button', { name: 'Forget this account’s archive…' }))
    const dialog = screen.getByRole('dialog', {
      name: 'Delete the archive of “Demo organisation”?'
    })
    expect(dialog).toHaveTextContent('Headcount deletes the 26 archived sessions of this account')
    expect(dialog).toHaveTextContent('This cannot be undone.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(fake.inputsOf('archive:forget-account')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Forget this account’s archive…' }))
    await user.click(screen.getByRole('button', { name: 'Delete this account’s archive' }))
    expect(fake.inputsOf('archive:forget-account')).toEqual([{ id: 'demo', confirmed: true }])
    expect(await screen.findByText(/was deleted from this computer/)).toBeVisible()
  })
})
