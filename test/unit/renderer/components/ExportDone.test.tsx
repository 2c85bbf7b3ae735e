import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportDone } from '../../../../src/renderer/src/components/export/ExportDone'
import { failed, installFakeBridge, ok } from '../support/fake-bridge'

describe('the export notice', () => {
  it('counts rows in plain words', () => {
    installFakeBridge()
    render(<ExportDone fileName="a.csv" rows={1} />)
    expect(screen.getByRole('status')).toHaveTextContent('Saved 1 row to “a.csv”.')
  })

  it('shows the file in its folder, quietly when that works', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({ 'files:show-last-export': ok({ shown: true, message: null }) })
    render(<ExportDone fileName="a.csv" rows={3} />)
    await user.click(screen.getByRole('button', { name: 'Show in folder' }))
    expect(fake.calls.map((c) => c.channel)).toEqual(['files:show-last-export'])
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says so when main has no file to show', async () => {
    const user = userEvent.setup()
    installFakeBridge({
      'files:show-last-export': ok({ shown: false, message: 'Nothing has been saved yet.' })
    })
    render(<ExportDone fileName="a.csv" rows={3} />)
    await user.click(screen.getByRole('button', { name: 'Show in folder' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Headcount could not find the saved file to show.'
    )
  })

  it('says why when main refuses', async () => {
    const user = userEvent.setup()
    installFakeBridge({
      'files:show-last-export': failed('The folder could not be opened.', {
        remedy: 'Open it yourself.'
      })
    })
    render(<ExportDone fileName="a.csv" rows={3} />)
    await user.click(screen.getByRole('button', { name: 'Show in folder' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The folder could not be opened. Open it yourself.'
    )
  })
})
