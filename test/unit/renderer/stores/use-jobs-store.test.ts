import { describe, expect, it } from 'vitest'
import {
  followJobProgress,
  newJobId,
  useJobsStore
} from '../../../../src/renderer/src/stores/use-jobs-store'
import { failed, installFakeBridge, ok } from '../support/fake-bridge'

const progress = (jobId: string, done: number) => ({
  jobId,
  label: 'Fetching',
  done,
  total: 10,
  secondsLeft: null,
  state: 'running' as const
})

describe('the jobs store', () => {
  it('follows progress events once per bridge, keyed by job', () => {
    const fake = installFakeBridge()
    followJobProgress()
    followJobProgress()
    fake.emit('jobs:progress', progress('a', 1))
    fake.emit('jobs:progress', progress('b', 2))
    fake.emit('jobs:progress', progress('a', 3))
    expect(useJobsStore.getState().byId['a']?.done).toBe(3)
    expect(useJobsStore.getState().byId['b']?.done).toBe(2)
  })

  it('asks main to cancel a job', async () => {
    const fake = installFakeBridge({ 'jobs:cancel': ok({ cancelled: true }) })
    await useJobsStore.getState().cancel('job-1')
    expect(fake.inputsOf('jobs:cancel')).toEqual([{ jobId: 'job-1' }])
    expect(useJobsStore.getState().cancels['job-1']?.data).toEqual({ cancelled: true })
  })

  it('keeps a refused cancel with the job it was for', async () => {
    installFakeBridge({ 'jobs:cancel': failed('That job has already ended.') })
    await useJobsStore.getState().cancel('job-2')
    expect(useJobsStore.getState().cancels['job-2']?.error?.message).toBe(
      'That job has already ended.'
    )
    expect(useJobsStore.getState().cancels['job-1']).toBeUndefined()
  })

  it('makes a new id for every job', () => {
    expect(newJobId()).not.toBe(newJobId())
  })
})
