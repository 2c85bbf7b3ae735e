import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { AccountsState } from '@shared/ipc/contracts/accounts-contract'
import { AccountsView } from '../../../../src/renderer/src/features/accounts/AccountsView'
import { useAccountsStore } from '../../../../src/renderer/src/stores/use-accounts-store'
import { useNavigationStore } from '../../../../src/renderer/src/stores/use-navigation-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { fakeDialogsForEachTest } from '../support/fake-dialog'
import { accountsState, profile, userRow } from '../support/samples'

// #20 on the Accounts screen: a welcome until an account exists, the next step after the demo,
// controls named for what they do, one storage wording, and a saved account that can be fixed.

const keptUntilClose = 'Kept only until Headcount closes: this computer can’t encrypt it.'
const sessionOnly = (state: AccountsState): AccountsState => ({
  ...state,
  encryption: {
    backend: 'none',
    strength: 'none',
    allowWeakSecretStorage: false,
    persists: false,
    wording: {
      fieldHint: keptUntilClose,
      notice: {
        message: 'Your client secret will be kept only until Headcount closes.',
        remedy: 'Unlock your keychain.'
      }
    }
  }
})

describe('the way in', () => {
  it('says Welcome until an account exists, then Accounts', async () => {
    installFakeBridge({ 'accounts:get-state': ok(accountsState({}, [])) })
    const { unmount } = render(<AccountsView />)
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Welcome')
    unmount()
    installFakeBridge({ 'accounts:get-state': ok(accountsState()) })
    useAccountsStore.setState({ account: { status: 'idle', data: null, error: null, kind: null } })
    render(<AccountsView />)
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accounts')
    )
  })

  it('after the demo starts, says what to do next and goes there in one click', async () => {
    const user = userEvent.setup()
    const demo = accountsState(
      { mode: 'demo', label: 'Demo organisation', hostEmail: 'me@demo.example' },
      []
    )
    let started = false
    const fake = installFakeBridge({
      'accounts:get-state': () => ok(started ? demo : accountsState({}, [])),
      'demo:start': () => {
        started = true
        return ok(demo.connection)
      },
      'users:list': ok({ users: [userRow('me@demo.example')] })
    })
    render(<AccountsView />)
    const welcome = await screen.findByRole('region', { name: 'Welcome to Headcount' })
    await user.click(within(welcome).getByRole('button', { name: 'Explore with demo data' }))
    const next = await screen.findByTestId('demo-next-step')
    expect(screen.getByRole('heading', { level: 1 }).nextSibling).toHaveTextContent(
      'You are exploring Headcount with a made-up organisation.'
    )
    await user.click(within(next).getByRole('button', { name: /See past meetings/ }))
    expect(useNavigationStore.getState().current).toBe('meetings')
    expect(fake.calls.map((c) => c.channel)).toContain('demo:start')
  })
})

describe('the account in use', () => {
  const host = 'grace@example.org'
  const connected = accountsState({
    mode: 'profile',
    profileId: 'p1',
    label: 'Volunteers',
    hostEmail: host
  })

  it('offers “Show meetings of” as a list of the account’s people, and Disconnect', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'accounts:get-state': ok(connected),
      'users:list': ok({ users: [userRow(host), userRow('ada@example.org')] }),
      'accounts:sign-in-host': ok({ ...connected.connection, hostEmail: 'ada@example.org' }),
      'accounts:disconnect': ok({
        mode: 'none',
        profileId: null,
        label: null,
        hostEmail: null,
        notice: null
      })
    })
    render(<AccountsView />)
    const panel = await screen.findByTestId('connection-panel')
    const select = await within(panel).findByLabelText('Show meetings of')
    await waitFor(() => expect(select).toBeEnabled())
    expect(select).toHaveValue(host)
    await user.selectOptions(select, 'ada@example.org')
    expect(fake.inputsOf('accounts:sign-in-host')).toEqual([{ email: 'ada@example.org' }])
    expect(within(panel).queryByText(/Acting as host|Sign in as host|Sign out/)).toBeNull()
    await user.click(within(panel).getByRole('button', { name: 'Disconnect this account' }))
    expect(fake.calls.map((c) => c.channel)).toContain('accounts:disconnect')
  })

  it('names the way out of the demo “Leave the demo”', async () => {
    installFakeBridge({
      'accounts:get-state': ok(
        accountsState({ mode: 'demo', label: 'Demo organisation', hostEmail: host }, [])
      ),
      'users:list': ok({ users: [userRow(host)] })
    })
    render(<AccountsView />)
    const panel = await screen.findByTestId('connection-panel')
    expect(within(panel).getByRole('button', { name: 'Leave the demo' })).toBeInTheDocument()
  })

  it('says so when using a saved account leaves the demo', async () => {
    const user = userEvent.setup()
    const demo = accountsState({ mode: 'demo', label: 'Demo organisation', hostEmail: host })
    const left = accountsState({
      mode: 'profile',
      profileId: 'p1',
      label: 'Volunteer onboarding',
      hostEmail: null,
      notice: 'You left the demo. Headcount now shows the real Zoom data of “Volunteer onboarding”.'
    })
    let connected = false
    installFakeBridge({
      'accounts:get-state': () => ok(connected ? left : demo),
      'users:list': ok({ users: [userRow(host)] }),
      'accounts:connect': () => {
        connected = true
        return ok(left.connection)
      }
    })
    render(<AccountsView />)
    await user.click(await screen.findByRole('button', { name: 'Use this account' }))
    expect(await screen.findByTestId('left-demo')).toHaveTextContent(
      'You left the demo. Headcount now shows the real Zoom data of “Volunteer onboarding”.'
    )
  })
})

describe('saved accounts can be corrected', () => {
  it('changes a mistyped secret and reconnects with it', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'accounts:get-state': ok(accountsState()),
      'accounts:set-secret': ok({ persisted: true, message: 'whatever main says' }),
      'accounts:connect': ok({
        mode: 'profile',
        profileId: 'p1',
        label: 'Volunteer onboarding',
        hostEmail: null,
        notice: null
      })
    })
    render(<AccountsView />)
    await user.click(await screen.findByRole('button', { name: 'Change secret…' }))
    await user.type(screen.getByLabelText('Client secret for “Volunteer onboarding”'), 'new-secret')
    await user.click(screen.getByRole('button', { name: 'Save secret' }))
    await waitFor(() => expect(fake.inputsOf('accounts:connect')).toEqual([{ id: 'p1' }]))
    expect(fake.inputsOf('accounts:set-secret')).toEqual([{ id: 'p1', clientSecret: 'new-secret' }])
  })

  it('edits the name and plan, and Escape closes the form', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'accounts:get-state': ok(accountsState()),
      'accounts:update': ok({ profile: profile('p1', 'Youth club'), secret: null })
    })
    render(<AccountsView />)
    await user.click(await screen.findByRole('button', { name: 'Edit…' }))
    const name = screen.getByLabelText('Name for this account')
    await user.clear(name)
    await user.type(name, 'Youth club')
    await user.selectOptions(screen.getByLabelText('Zoom plan'), 'business')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(fake.inputsOf('accounts:update')).toEqual([
      { id: 'p1', patch: { name: 'Youth club', plan: 'business' } }
    ])
    await user.click(await screen.findByRole('button', { name: 'Edit…' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByLabelText('Name for this account')).toBeNull()
  })
})

describe('where the secret is kept, said one way', () => {
  it('uses the same words in the notice, the field hint and after saving', async () => {
    const user = userEvent.setup()
    const state = sessionOnly(accountsState({}, []))
    installFakeBridge({
      'accounts:get-state': ok(state),
      'accounts:create': ok({
        profile: profile('p9'),
        secret: {
          persisted: false,
          message: 'Your client secret will be kept only until Headcount closes.'
        }
      }),
      'accounts:connect': ok({
        mode: 'profile',
        profileId: 'p9',
        label: 'Volunteer onboarding',
        hostEmail: null,
        notice: null
      })
    })
    render(<AccountsView />)
    await user.click(await screen.findByRole('button', { name: 'Connect your Zoom account' }))
    const words = /only until Headcount closes/
    expect(screen.getByTestId('encryption-notice')).toHaveTextContent(words)
    const secret = screen.getByLabelText('Client secret')
    expect(document.getElementById(secret.getAttribute('aria-describedby')!)).toHaveTextContent(
      words
    )
    expect(screen.queryByText(/Stored encrypted by your operating system/)).toBeNull()
    await user.type(screen.getByLabelText('Name for this account'), 'Volunteer onboarding')
    await user.type(screen.getByLabelText('Account ID'), 'acc')
    await user.type(screen.getByLabelText('Client ID'), 'cli')
    await user.type(secret, 'secret')
    await user.click(screen.getByRole('button', { name: 'Save account' }))
    expect(await screen.findByTestId('secret-outcome')).toHaveTextContent(words)
  })
})

describe('each saved account’s line', () => {
  it('says where its secret is in main’s words, not the window’s own', async () => {
    const sessionOnlySecret = {
      ...profile('p1'),
      secretStatus: 'session-only' as const,
      secretLabel: 'Secret kept only until Headcount closes'
    }
    installFakeBridge({
      'accounts:get-state': ok(sessionOnly(accountsState({}, [sessionOnlySecret])))
    })
    render(<AccountsView />)
    const row = await screen.findByTestId('profile-row')
    expect(row).toHaveTextContent('Secret kept only until Headcount closes')
    expect(row).not.toHaveTextContent(/encrypted/)
  })
})

describe('basic protection, only when chosen', () => {
  fakeDialogsForEachTest()

  const weak = (state: AccountsState, allow: boolean): AccountsState => ({
    ...state,
    encryption: {
      backend: 'basic_text',
      strength: 'weak',
      allowWeakSecretStorage: allow,
      persists: allow,
      wording: {
        fieldHint: allow ? 'Saved with basic protection only, as you chose.' : keptUntilClose,
        notice: {
          message: allow
            ? 'Client secrets are saved with basic protection only, as you chose.'
            : 'Your client secret is kept only until Headcount closes.',
          remedy:
            'Or, if anyone who copies your settings folder may read it, choose "Save with basic protection".'
        }
      }
    }
  })

  it('offers the button main’s words name, asks first, then saves; and offers the way back', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'accounts:get-state': ok(weak(accountsState({}, []), false)),
      'accounts:allow-weak-storage': ({ allow }) => {
        const state = weak(accountsState({}, []), allow)
        fake.answer('accounts:get-state', ok(state))
        return ok(state.encryption)
      }
    })
    render(<AccountsView />)
    await user.click(await screen.findByRole('button', { name: 'Connect your Zoom account' }))
    const notice = screen.getByTestId('encryption-notice')
    await user.click(within(notice).getByRole('button', { name: 'Save with basic protection…' }))
    const dialog = screen.getByRole('dialog')
    expect(fake.inputsOf('accounts:allow-weak-storage')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Save with basic protection' }))
    await waitFor(() =>
      expect(fake.inputsOf('accounts:allow-weak-storage')).toEqual([{ allow: true }])
    )
    const chosen = await screen.findByRole('button', { name: 'Stop saving with basic protection' })
    expect(screen.queryByRole('button', { name: 'Save with basic protection…' })).toBeNull()
    await user.click(chosen)
    await waitFor(() =>
      expect(fake.inputsOf('accounts:allow-weak-storage')).toEqual([
        { allow: true },
        { allow: false }
      ])
    )
  })

  it('offers no such button where the computer cannot encrypt at all', async () => {
    const user = userEvent.setup()
    installFakeBridge({ 'accounts:get-state': ok(sessionOnly(accountsState({}, []))) })
    render(<AccountsView />)
    await user.click(await screen.findByRole('button', { name: 'Connect your Zoom account' }))
    expect(screen.getByTestId('encryption-notice')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /basic protection/ })).toBeNull()
  })
})
