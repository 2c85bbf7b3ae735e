import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExternalLink } from '../../../../src/renderer/src/components/ExternalLink'
import { failed, installFakeBridge, ok } from '../support/fake-bridge'

const href = 'https://marketplace.zoom.us/'

describe('links that leave the app', () => {
  it('ask main to open them, and never navigate the window', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({ 'app:open-external': ok({ opened: true }) })
    render(<ExternalLink href={href}>Zoom App Marketplace</ExternalLink>)
    const link = screen.getByRole('link', {
      name: /^Zoom App Marketplace\s*\(opens in your browser\)$/
    })
    await user.click(link)
    expect(fake.inputsOf('app:open-external')).toEqual([{ url: href }])
    expect(window.location.href).not.toBe(href)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('say in words why a link was refused, with the address to copy', async () => {
    const user = userEvent.setup()
    installFakeBridge({
      'app:open-external': failed('Headcount only opens secure links to Zoom’s own websites.', {
        code: 'invalid-input',
        remedy: 'Copy the link and open it in your browser yourself if you trust it.'
      })
    })
    render(<ExternalLink href={href}>Zoom App Marketplace</ExternalLink>)
    await user.click(screen.getByRole('link'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Headcount only opens secure links to Zoom’s own websites.')
    expect(alert).toHaveTextContent(href)
  })

  it('work from the keyboard', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({ 'app:open-external': ok({ opened: true }) })
    render(<ExternalLink href={href}>Zoom App Marketplace</ExternalLink>)
    await user.tab()
    await user.keyboard('{Enter}')
    expect(fake.inputsOf('app:open-external')).toHaveLength(1)
  })
})
