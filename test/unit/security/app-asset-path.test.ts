import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppAsset } from '../../../src/main/security/app-asset-path'

const root = '/srv/renderer'

describe('serving the UI from app://', () => {
  it('maps the root to index.html and assets inside the folder', () => {
    expect(resolveAppAsset(root, 'app://headcount/')).toEqual({
      filePath: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8'
    })
    expect(resolveAppAsset(root, 'app://headcount/assets/index-1.js')?.filePath).toBe(
      join(root, 'assets/index-1.js')
    )
  })

  it.each([
    'app://headcount/../../etc/passwd',
    'app://headcount/%2e%2e/%2e%2e/etc/passwd',
    'app://headcount/assets/..%2f..%2f..%2fetc/passwd',
    'app://headcount/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd'
  ])('never leaves the renderer folder for %s', (url) => {
    const asset = resolveAppAsset(root, url)
    if (asset) expect(asset.filePath.startsWith(`${root}/`)).toBe(true)
  })

  it.each([
    'app://headcount/..%5c..%5cwindows',
    'app://other-host/index.html',
    'https://headcount/index.html',
    'app://headcount/%00index.html',
    'app://headcount/%E0%A4%A'
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull()
  })
})
