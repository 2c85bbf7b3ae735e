import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  headerOnlyDirectives,
  metaContentSecurityPolicy
} from '../../../src/main/security/content-security-policy'

const root = join(import.meta.dirname, '../../..')

function metaPolicy(html: string): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
  if (!match?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag')
  return match[1]
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name ?? '', values.join(' ')]
    })
  )
}

function expectStrict(policy: string): void {
  const d = directives(policy)
  expect(d.get('default-src')).toBe("'self'")
  expect(d.get('script-src')).toBe("'self'")
  expect(d.get('connect-src')).toBe("'self'")
  expect(d.get('object-src')).toBe("'none'")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
}

describe('the Content Security Policy', () => {
  it('is strict in the header the app sends', () => {
    expectStrict(contentSecurityPolicy)
  })

  it('forbids framing in the header, where browsers honour it', () => {
    expect(directives(contentSecurityPolicy).get('frame-ancestors')).toBe("'none'")
  })

  it('is the same in the source index.html, minus what a meta tag cannot carry', () => {
    const html = readFileSync(join(root, 'src/renderer/index.html'), 'utf8')
    expect(metaPolicy(html)).toBe(metaContentSecurityPolicy)
    expectStrict(metaPolicy(html))
    // frame-ancestors in a meta tag is ignored with a console warning on every load.
    const meta = directives(metaPolicy(html))
    for (const directive of headerOnlyDirectives) {
      expect(meta.has(directive.split(' ')[0]!)).toBe(false)
    }
    // Everything else the header says, the meta tag says too.
    expect(`${metaContentSecurityPolicy}; ${headerOnlyDirectives.join('; ')}`).toBe(
      contentSecurityPolicy
    )
  })

  it('survives the build: out/renderer/index.html keeps the strict policy', () => {
    const built = join(root, 'out/renderer/index.html')
    if (!existsSync(built))
      throw new Error('No build found: run `npm run build` before the unit tests.')
    const html = readFileSync(built, 'utf8')
    expectStrict(metaPolicy(html))
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('ships a favicon with the build, so the page asks for no file that is not there', () => {
    const built = join(root, 'out/renderer')
    const html = readFileSync(join(built, 'index.html'), 'utf8')
    const icon = /<link rel="icon"[^>]*href="\.\/([^"]+)"/.exec(html)?.[1]
    expect(icon, 'out/renderer/index.html links an icon').toBeDefined()
    expect(existsSync(join(built, icon!))).toBe(true)
  })
})
