import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ProfileList } from '../../../../src/renderer/src/features/accounts/ProfileList'
import { useAccountsStore } from '../../../../src/renderer/src/stores/use-accounts-store'
import { idleRequest } from '../../../../src/renderer/src/lib/request-state'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { fakeDialogsForEachTest } from '../support/fake-dialog'
import { accountsState } from '../support/samples'

fakeDialogsForEachTest()

function showAccounts() {
  const fake = installFakeBridge({
    'accounts:forget': ok(accountsState({}, [])),
    'accounts:get-state': ok(accountsState({}, []))
  })
  useAccountsStore.setState({ account: idleRequest(accountsState()) })
  render(<ProfileList />)
  return fake
}

describe('removing a saved account', () => {
  it('keeps its archived attendance unless asked otherwise', async () => {
    const user = userEvent.setup()
    const fake = showAccounts()
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    const dialog = screen.getByRole('dialog', { name: 'Forget “Volunteer onboarding”?' })
    expect(within(dialog).getByRole('radio', { name: /Keep it/ })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Forget this account' }))
    expect(fake.inputsOf('accounts:forget')).toEqual([
      { id: 'p1', confirmed: true, keepArchive: true }
    ])
  })

  it('deletes the archive too when chosen, after saying it cannot be undone', async () => {
    const user = userEvent.setup()
    const fake = showAccounts()
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    const dialog = screen.getByRole('dialog')
    const remove = within(dialog).getByRole('radio', { name: /Delete it too/ })
    expect(remove).toHaveAccessibleName(/This cannot be undone/)
    await user.click(remove)
    await user.click(within(dialog).getByRole('button', { name: 'Forget this account' }))
    expect(fake.inputsOf('accounts:forget')).toEqual([
      { id: 'p1', confirmed: true, keepArchive: false }
    ])
  })

  it('sends nothing when cancelled', async () => {
    const user = userEvent.setup()
    const fake = showAccounts()
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    expect(fake.calls).toEqual([])
  })
})
