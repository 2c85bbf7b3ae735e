import { describe, expect, it } from 'vitest'
import type { JobProgress } from '../../../src/shared/ipc/contract'
import { createJobRegistry } from '../../../src/main/jobs/job-registry'

describe('long jobs', () => {
  it('report progress with an estimate of time left, then finish', () => {
    const events: JobProgress[] = []
    let clock = 0
    const jobs = createJobRegistry(
      (p) => events.push(p),
      () => clock
    )
    const job = jobs.start('Fetching meetings')
    clock = 10_000
    job.progress(10, 40)
    job.finish('finished')
    expect(events.map((e) => e.state)).toEqual(['running', 'running', 'finished'])
    expect(events[1]).toMatchObject({ done: 10, total: 40, secondsLeft: 30 })
  })

  it('can be cancelled: the signal aborts and the final state says so', () => {
    const events: JobProgress[] = []
    const jobs = createJobRegistry((p) => events.push(p))
    const job = jobs.start('Fetching meetings')
    expect(jobs.cancel(job.id)).toBe(true)
    expect(job.signal.aborted).toBe(true)
    job.progress(5, 10)
    job.finish('finished')
    expect(events.at(-1)?.state).toBe('cancelled')
    expect(events.filter((e) => e.done === 5)).toHaveLength(0)
    expect(jobs.cancel(job.id)).toBe(false)
    expect(jobs.cancel('unknown')).toBe(false)
  })

  it('run() ends a job as its work ends: finished, failed when it throws, or as outcome says', async () => {
    const events: JobProgress[] = []
    const jobs = createJobRegistry((p) => events.push(p))
    expect(await jobs.run('A', 'a', async () => 7)).toBe(7)
    await expect(
      jobs.run('B', 'b', async () => {
        throw new Error('no')
      })
    ).rejects.toThrow('no')
    await jobs.run('C', 'c', async () => [], {
      outcome: (items) => (items.length === 0 ? 'failed' : 'finished')
    })
    const final = (jobId: string) => events.filter((e) => e.jobId === jobId).at(-1)?.state
    expect([final('a'), final('b'), final('c')]).toEqual(['finished', 'failed', 'failed'])
  })

  it('run() reports a job the window stopped as cancelled', async () => {
    const events: JobProgress[] = []
    const jobs = createJobRegistry((p) => events.push(p))
    await jobs.run('D', 'd', async (job) => {
      jobs.cancel(job.id)
      return job.signal.aborted
    })
    expect(events.at(-1)).toMatchObject({ jobId: 'd', state: 'cancelled' })
  })

  // #19: a second job under a running id used to get a random id, so Cancel stopped only one.
  it('refuses a second job under an id that is still running, in plain words', async () => {
    const events: JobProgress[] = []
    const jobs = createJobRegistry((p) => events.push(p))
    const first = jobs.start('Export', 'same')
    expect(() => jobs.start('Export', 'same')).toThrow(/already running/)
    await expect(jobs.run('Export', 'same', async () => 1)).rejects.toMatchObject({
      appError: { code: 'invalid-input' }
    })
    expect(jobs.cancel('same')).toBe(true)
    expect(first.signal.aborted).toBe(true)
    first.finish('finished')
    // Once ended, the id is free again, and the old handle cannot end the new job.
    const second = jobs.start('Export', 'same')
    first.finish('failed')
    expect(jobs.cancel('same')).toBe(true)
    expect(second.signal.aborted).toBe(true)
  })

  // #19: forgetting an account left its running jobs going.
  it("stops one account's jobs and waits until they have ended, leaving the others", async () => {
    const jobs = createJobRegistry(() => undefined)
    const order: string[] = []
    const waitForAbort = (signal: AbortSignal): Promise<void> =>
      new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
    const mine = jobs.run(
      'Roll-up',
      'a1',
      async (job) => {
        await waitForAbort(job.signal)
        await new Promise((resolve) => setTimeout(resolve, 20))
        order.push('job ended')
      },
      { account: 'profile-a' }
    )
    const other = jobs.start('Roll-up', 'b1', { account: 'profile-b' })
    expect(await jobs.stopAccount('profile-a')).toBe(1)
    order.push('stopped')
    await mine
    expect(order).toEqual(['job ended', 'stopped'])
    expect(other.signal.aborted).toBe(false)
    expect(await jobs.stopAccount('profile-c')).toBe(0)
  })
})
