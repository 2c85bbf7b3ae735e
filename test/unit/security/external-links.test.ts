import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../../src/main/security/external-links'

describe('links Headcount may open in the system browser', () => {
  it.each([
    'https://zoom.us/',
    'https://marketplace.zoom.us/develop/create',
    'https://us02web.zoom.us/j/85012345678?pwd=abc',
    'https://developers.zoom.us/docs/internal-apps/s2s-oauth/',
    'https://support.zoom.com/hc/en'
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://zoom.us/share',
    'http://zoom.us/',
    'https://zoom.us.evil.com/',
    'https://evilzoom.us/',
    'https://user:pass@zoom.us/',
    'https://zoom.us:8443/',
    'zoommtg://zoom.us/join?confno=1',
    'not a url',
    ''
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})
