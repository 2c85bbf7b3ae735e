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
})
