import { describe, expect, it } from 'vitest'
import { externalUrlToOpen, isAllowedExternalUrl } from '../../../src/main/security/external-links'
import { createTestCore } from '../../support/fake-core'

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
    '',
    // WHATWG reads "\\" as "/", so this looks like zoom.us; the OS may read it otherwise.
    'https://zoom.us\\@evil.com/',
    'https://zoom.us\\evil.com/',
    'https://zoom.us/a\\b',
    // Anything the parser would rewrite is refused rather than silently changed.
    'https://ZOOM.us/',
    'https://zoom.us/a/%2e%2e/b',
    'https://zoom.us/j/1 ?x',
    'https://zoom.us/j/\t1'
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})

describe('what reaches the operating system', () => {
  it('is the parsed, normalised href, never the raw text', () => {
    expect(externalUrlToOpen('  https://zoom.us/j/85012345678?pwd=abc  ')).toBe(
      'https://zoom.us/j/85012345678?pwd=abc'
    )
    expect(externalUrlToOpen('https://zoom.us\\@evil.com/')).toBeNull()
  })

  it('app:open-external hands the normalised href to the platform', async () => {
    const { core, openedLinks } = createTestCore()
    const result = await core.router.dispatch('app:open-external', {
      url: ' https://marketplace.zoom.us/ '
    })
    expect(result).toMatchObject({ ok: true })
    expect(openedLinks).toEqual(['https://marketplace.zoom.us/'])
    const refused = await core.router.dispatch('app:open-external', {
      url: 'https://zoom.us\\@evil.com/'
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(openedLinks).toHaveLength(1)
  })
})
