import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RollUpPanel } from '../../../../src/renderer/src/features/rollup/RollUpPanel'
import { useRollUpStore } from '../../../../src/renderer/src/stores/use-rollup-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { rollUpView } from '../support/samples'

describe('the roll-up screen', () => {
  it('checks the meeting ID before asking anything', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge()
    render(<RollUpPanel />)
    await user.click(screen.getByLabelText('Every session of one recurring meeting'))
    await user.type(screen.getByLabelText('Meeting ID'), '123')
    await user.click(screen.getByRole('button', { name: 'Combine sessions' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the meeting ID: 9 to 12 digits')
    expect(fake.calls).toEqual([])
  })

  it('refuses a start date after the end date', async () => {
    const user = userEvent.setup()
    installFakeBridge()
    useRollUpStore.getState().setForm({ from: '2026-05-01', to: '2026-04-01' })
    render(<RollUpPanel />)
    await user.click(screen.getByRole('button', { name: 'Combine sessions' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The start date must be on or before the end date.'
    )
  })

  it('combines, counts who attended at least N, and offers the export', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({ 'rollup:load': ok(rollUpView(2, ['Ada', 'Grace'])) })
    useRollUpStore.getState().setForm({ topic: ' Onboarding ' })
    render(<RollUpPanel />)
    await user.click(screen.getByRole('button', { name: 'Combine sessions' }))
    // At least 1 by default: "attended at least 0" would count people who never came.
    expect(await screen.findByTestId('rollup-count')).toHaveTextContent(
      '2 of 2 people attended at least 1 of 2 sessions.'
    )
    expect(fake.inputsOf('rollup:load')[0]?.selection).toMatchObject({
      kind: 'topic',
      topicContains: 'Onboarding'
    })
    await user.clear(screen.getByLabelText('Attended at least (sessions)'))
    await user.type(screen.getByLabelText('Attended at least (sessions)'), '2')
    expect(screen.getByTestId('rollup-count')).toHaveTextContent(
      '1 of 2 people attended at least 2'
    )
    expect(screen.getByRole('table', { name: 'Minutes per person per session' })).toHaveAttribute(
      'aria-rowcount',
      '2'
    )
    expect(screen.getByRole('button', { name: 'Export the 1 shown' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Export everyone (2)' })).toBeEnabled()
  })
})
