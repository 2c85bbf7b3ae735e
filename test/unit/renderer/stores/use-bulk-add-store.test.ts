import { describe, expect, it, vi } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { InvokeOutput } from '@shared/ipc/contract'
import {
  maxCsvBytes,
  useBulkAddStore
} from '../../../../src/renderer/src/stores/use-bulk-add-store'
import { useUsersStore } from '../../../../src/renderer/src/stores/use-users-store'
import { idleRequest } from '../../../../src/renderer/src/lib/request-state'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'

const store = () => useBulkAddStore.getState()
const csv = (text: string, name = 'people.csv') => new File([text], name, { type: 'text/csv' })

function preview(create: number): InvokeOutput<'users:bulk-preview'> {
  return {
    rows: [],
    counts: { create, exists: 0, duplicate: 0, invalid: 0 },
    summary: `${create} people would be added.`
  }
}

const outcome: InvokeOutput<'users:bulk-create'> = {
  rows: [],
  counts: { created: 1, skipped: 0, failed: 0, 'not-tried': 0, 'not-sent': 0 },
  stoppedBecause: null,
  summary: '1 user added.'
}

describe('the bulk add store', () => {
  it('refuses a file over 1 MB before reading or sending anything', async () => {
    const fake = installFakeBridge()
    await store().chooseFile(csv('x'.repeat(maxCsvBytes + 1), 'huge.csv'))
    expect(store().checked.error).toMatchObject({
      code: 'file',
      message: 'huge.csv is larger than 1 MB.'
    })
    expect(fake.calls).toEqual([])
  })

  it('says so when the file cannot be read', async () => {
    installFakeBridge()
    const file = csv('email\n')
    vi.spyOn(file, 'text').mockRejectedValue(new Error('locked'))
    await store().chooseFile(file)
    expect(store().checked.error?.message).toBe('people.csv could not be read.')
  })

  it('sends the file’s text for a dry run, and the real run sends exactly that text', async () => {
    const fake = installFakeBridge({
      'users:bulk-preview': ok(preview(1)),
      'users:bulk-create': ok(outcome)
    })
    await store().chooseFile(csv('email\na@x.org\n'))
    expect(fake.inputsOf('users:bulk-preview')).toEqual([{ csvText: 'email\na@x.org\n' }])
    expect(store().checked.data?.preview.counts.create).toBe(1)
    useUsersStore.setState({ lists: { active: idleRequest([]) } })
    await store().run('create')
    const [run] = fake.inputsOf('users:bulk-create')
    expect(run).toMatchObject({ csvText: 'email\na@x.org\n', action: 'create' })
    expect(run?.jobId).toBe(store().jobId)
    expect(store().outcome.data?.counts.created).toBe(1)
    // Users were added: the lists are read again when next shown.
    expect(useUsersStore.getState().lists).toEqual({})
  })

  it('keeps only the dry run of the file chosen last', async () => {
    const first = deferred<IpcResult<InvokeOutput<'users:bulk-preview'>>>()
    installFakeBridge({
      'users:bulk-preview': ({ csvText }) =>
        csvText.startsWith('old') ? first.promise : ok(preview(7))
    })
    const choosingOld = store().chooseFile(csv('old\n', 'old.csv'))
    await store().chooseFile(csv('new\n', 'new.csv'))
    first.resolve(ok(preview(1)))
    await choosingOld
    expect(store().fileName).toBe('new.csv')
    expect(store().checked.data).toMatchObject({
      csvText: 'new\n',
      preview: { counts: { create: 7 } }
    })
  })

  it('does nothing without a checked file, and shows a refused run', async () => {
    const fake = installFakeBridge({
      'users:bulk-preview': ok(preview(1)),
      'users:bulk-create': failed('Zoom’s daily limit is reached.', { code: 'daily-limit' })
    })
    await store().run('create')
    expect(fake.inputsOf('users:bulk-create')).toEqual([])
    await store().chooseFile(csv('email\n'))
    await store().run('create')
    expect(store().outcome.error?.code).toBe('daily-limit')
  })

  it('starts over on reset', async () => {
    installFakeBridge({ 'users:bulk-preview': ok(preview(1)) })
    await store().chooseFile(csv('email\n'))
    store().reset()
    expect(store()).toMatchObject({
      fileName: null,
      checked: idleRequest(),
      outcome: idleRequest()
    })
  })
})
