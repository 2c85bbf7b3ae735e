import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { InvokeOutput } from '@shared/ipc/contract'
import { useAccountsStore } from '../../../../src/renderer/src/stores/use-accounts-store'
import { useUsersStore } from '../../../../src/renderer/src/stores/use-users-store'
import { idleRequest } from '../../../../src/renderer/src/lib/request-state'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'
import { accountsState, userRow } from '../support/samples'

const store = () => useUsersStore.getState()
const detailOf = (email: string) => ({
  ...userRow(email),
  roleName: 'Member',
  jobTitle: 'Volunteer',
  personalMeetingUrl: null,
  verified: true
})

describe('the users store', () => {
  it('loads a tab’s list once, and again only when forced', async () => {
    const fake = installFakeBridge({ 'users:list': ok({ users: [userRow('a@x.org')] }) })
    await store().load('active')
    await store().load('active')
    expect(fake.inputsOf('users:list')).toEqual([{ status: 'active' }])
    await store().load('active', true)
    expect(fake.inputsOf('users:list')).toHaveLength(2)
    expect(store().lists.active?.data?.map((u) => u.email)).toEqual(['a@x.org'])
  })

  it('does not ask again by itself after a failure', async () => {
    const fake = installFakeBridge({ 'users:list': failed('Zoom is not answering.') })
    await store().load('pending')
    await store().load('pending')
    expect(fake.inputsOf('users:list')).toHaveLength(1)
    expect(store().lists.pending?.error?.message).toBe('Zoom is not answering.')
  })

  it('shows what the list knows at once, then Zoom’s details', async () => {
    const answer = deferred<IpcResult<InvokeOutput<'users:get'>>>()
    installFakeBridge({ 'users:get': () => answer.promise })
    const selecting = store().select(userRow('a@x.org'))
    expect(store().detail).toMatchObject({
      status: 'loading',
      data: { email: 'a@x.org', jobTitle: null }
    })
    answer.resolve(ok(detailOf('a@x.org')))
    await selecting
    expect(store().detail.data?.jobTitle).toBe('Volunteer')
  })

  it('does not ask Zoom about a pending user', async () => {
    const fake = installFakeBridge()
    await store().select(userRow('new@x.org', { id: null, status: 'pending' }))
    expect(store().detail.data?.email).toBe('new@x.org')
    expect(fake.calls).toEqual([])
  })

  it('never shows a slow answer about the user chosen before', async () => {
    const slow = deferred<IpcResult<InvokeOutput<'users:get'>>>()
    const fake = installFakeBridge({ 'users:get': () => slow.promise })
    const first = store().select(userRow('a@x.org'))
    fake.answer('users:get', ok(detailOf('b@x.org')))
    await store().select(userRow('b@x.org'))
    slow.resolve(ok(detailOf('a@x.org')))
    await first
    expect(store().detail.data?.email).toBe('b@x.org')
  })

  it('adds a user, says what happens next, and reads the lists again later', async () => {
    installFakeBridge({
      'users:list': ok({ users: [] }),
      'users:create': ok({
        email: 'g@x.org',
        id: null,
        status: 'pending',
        message: 'Zoom emailed an invitation.'
      })
    })
    await store().load('active')
    const input = {
      action: 'create' as const,
      type: 1 as const,
      firstName: 'G',
      lastName: 'H',
      email: 'g@x.org'
    }
    expect(await store().create(input)).toBe(true)
    expect(store().creation.data?.message).toBe('Zoom emailed an invitation.')
    expect(store().lists).toEqual({})
    store().clearCreateResult()
    expect(store().creation).toEqual(idleRequest())
  })

  it('keeps a refused add with its field errors', async () => {
    installFakeBridge({
      'users:create': failed('That email is already used.', {
        code: 'validation',
        details: { fields: [{ field: 'email', message: 'Already used.' }] }
      })
    })
    const input = {
      action: 'create' as const,
      type: 1 as const,
      firstName: 'G',
      lastName: 'H',
      email: 'g@x.org'
    }
    expect(await store().create(input)).toBe(false)
    expect(store().creation.error?.details?.fields?.[0]?.field).toBe('email')
  })

  it('drops every list, and any answer on its way, when the window switches account', async () => {
    const slow = deferred<IpcResult<InvokeOutput<'users:list'>>>()
    installFakeBridge({ 'users:list': () => slow.promise })
    useAccountsStore.setState({
      account: idleRequest(accountsState({ mode: 'profile', profileId: 'p1' }))
    })
    const loading = store().load('active')
    useAccountsStore.setState({ account: idleRequest(accountsState({ mode: 'demo' })) })
    slow.resolve(ok({ users: [userRow('from-the-old-account@x.org')] }))
    await loading
    expect(store().lists.active?.data ?? null).toBeNull()
  })
})
