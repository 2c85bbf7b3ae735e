import { describe, expect, it } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { JobProgress } from '../../../../src/renderer/src/components/JobProgress'
import { followJobProgress } from '../../../../src/renderer/src/stores/use-jobs-store'
import { failed, installFakeBridge } from '../support/fake-bridge'

describe('a job’s progress', () => {
  it('shows counts as main reports them', () => {
    const fake = installFakeBridge()
    followJobProgress()
    render(<JobProgress jobId="j1" label="Fetching sessions" />)
    expect(screen.getByText(/Fetching sessions…/)).toBeInTheDocument()
    act(() =>
      fake.emit('jobs:progress', {
        jobId: 'j1',
        label: 'x',
        done: 3,
        total: 12,
        secondsLeft: 30,
        state: 'running'
      })
    )
    expect(screen.getByText(/Fetching sessions — 3 of 12 about 30 s left/)).toBeInTheDocument()
  })

  it('says so when a cancel is refused', async () => {
    const user = userEvent.setup()
    installFakeBridge({ 'jobs:cancel': failed('That job has already ended.') })
    render(<JobProgress jobId="j2" label="Fetching sessions" />)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Headcount could not stop this job: That job has already ended.'
    )
  })
})
