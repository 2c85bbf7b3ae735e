import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { AccountsState } from '@shared/ipc/contracts/accounts-contract'
import {
  followAuthExpiry,
  selectBusy,
  useAccountsStore
} from '../../../../src/renderer/src/stores/use-accounts-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'
import { accountsState, profile } from '../support/samples'

const store = () => useAccountsStore.getState()
const demo = accountsState({
  mode: 'demo',
  label: 'Demo organisation',
  hostEmail: 'me@demo.example'
})

describe('the accounts store', () => {
  it('loads main’s accounts state, and says it is loading meanwhile', async () => {
    const answer = deferred<IpcResult<AccountsState>>()
    installFakeBridge({ 'accounts:get-state': () => answer.promise })
    const loading = store().load()
    expect(selectBusy(store())).toBe('loading')
    answer.resolve(ok(accountsState()))
    await loading
    expect(selectBusy(store())).toBeNull()
    expect(store().account).toMatchObject({ status: 'idle', error: null })
    expect(store().account.data?.connection.mode).toBe('none')
  })

  it('saves a new account, keeps what happened to the secret, and connects to it', async () => {
    const saved = profile('p9', 'Youth club')
    const fake = installFakeBridge({
      'accounts:create': ok({ profile: saved, secret: { persisted: true, message: 'Saved.' } }),
      'accounts:get-state': ok(accountsState({ mode: 'profile', profileId: 'p9' }, [saved])),
      'accounts:connect': ok({
        mode: 'profile',
        profileId: 'p9',
        label: 'Youth club',
        hostEmail: null,
        notice: null
      })
    })
    const form = {
      name: 'Youth club',
      accountId: 'a',
      clientId: 'c',
      clientSecret: 's',
      plan: 'pro' as const
    }
    expect(await store().create(form)).toBe(true)
    expect(store().secretOutcome).toEqual({ persisted: true, message: 'Saved.' })
    expect(fake.inputsOf('accounts:connect')).toEqual([{ id: 'p9' }])
    expect(fake.calls.map((c) => c.channel)).toEqual([
      'accounts:create',
      'accounts:get-state',
      'accounts:connect',
      'accounts:get-state'
    ])
    expect(store().account.data?.connection.profileId).toBe('p9')
  })

  it('shows a refused save and does not connect', async () => {
    const fake = installFakeBridge({
      'accounts:create': failed('That Account ID is not valid.', { code: 'invalid-input' }),
      'accounts:get-state': ok(accountsState())
    })
    const form = {
      name: 'X',
      accountId: 'a',
      clientId: 'c',
      clientSecret: 's',
      plan: 'pro' as const
    }
    expect(await store().create(form)).toBe(false)
    expect(store().account.error?.message).toBe('That Account ID is not valid.')
    expect(fake.inputsOf('accounts:connect')).toEqual([])
  })

  it('after a refused action still reads main’s state again, keeping the error on screen', async () => {
    installFakeBridge({
      'accounts:connect': failed('Zoom did not accept the sign-in.', { code: 'auth' }),
      'accounts:get-state': ok(
        accountsState({ mode: 'profile', profileId: 'p1', label: 'Volunteer onboarding' })
      )
    })
    await store().connect('p1')
    expect(store().account.status).toBe('error')
    expect(store().account.error?.code).toBe('auth')
    expect(store().account.data?.connection.profileId).toBe('p1')
  })

  it('keeps the features of a good connection test and clears a sign-in expiry', async () => {
    const features = [
      {
        id: 'users' as const,
        label: 'Users',
        allowed: true,
        missingScopes: [],
        needsPaidPlan: false
      }
    ]
    installFakeBridge({
      'accounts:test-connection': ok({ features }),
      'accounts:get-state': ok(demo)
    })
    useAccountsStore.setState({ expired: { message: 'Expired', remedy: 'Sign in again' } })
    await store().testConnection()
    expect(store().features).toEqual(features)
    expect(store().expired).toBeNull()
  })

  it('names the action in progress, so buttons say “Testing…”', async () => {
    const answer = deferred<IpcResult<{ features: [] }>>()
    installFakeBridge({
      'accounts:test-connection': () => answer.promise,
      'accounts:get-state': ok(demo)
    })
    const testing = store().testConnection()
    expect(selectBusy(store())).toBe('testing')
    answer.resolve(ok({ features: [] }))
    await testing
    expect(selectBusy(store())).toBeNull()
  })

  it('says whether signing in as a host worked', async () => {
    installFakeBridge({
      'accounts:sign-in-host': failed('There is no user with the email x@y.org.'),
      'accounts:get-state': ok(demo)
    })
    expect(await store().signInHost('x@y.org')).toBe(false)
    expect(store().account.error?.message).toMatch(/no user with the email/)
  })

  it('forgets an account and drops what belonged to it, keeping its archive by default', async () => {
    const fake = installFakeBridge({
      'accounts:forget': ok(accountsState({}, [])),
      'accounts:get-state': ok(accountsState({}, []))
    })
    useAccountsStore.setState({ secretOutcome: { persisted: true, message: 'Saved.' } })
    await store().forget('p1')
    await store().forget('p2', false)
    expect(fake.inputsOf('accounts:forget')).toEqual([
      { id: 'p1', confirmed: true, keepArchive: true },
      { id: 'p2', confirmed: true, keepArchive: false }
    ])
    expect(store().account.data?.profiles).toEqual([])
    expect(store().secretOutcome).toBeNull()
  })

  it('starts the demo', async () => {
    installFakeBridge({
      'demo:start': ok(demo.connection),
      'accounts:get-state': ok(demo)
    })
    await store().startDemo()
    expect(store().account.data?.connection.mode).toBe('demo')
  })

  it('hears main’s auth:expired event once per bridge', () => {
    const fake = installFakeBridge()
    followAuthExpiry()
    followAuthExpiry()
    fake.emit('auth:expired', {
      message: 'Zoom stopped accepting the sign-in.',
      remedy: 'Open Accounts.'
    })
    expect(store().expired?.message).toBe('Zoom stopped accepting the sign-in.')
  })
})
