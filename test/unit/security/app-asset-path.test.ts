import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveAppAsset, resolveAppAssetOnDisk } from '../../../src/main/security/app-asset-path'

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

describe('app:// on disk: real paths after symlinks', () => {
  const made: string[] = []
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  function layout(): { renderer: string; outside: string } {
    const root = mkdtempSync(join(tmpdir(), 'app-asset-'))
    made.push(root)
    const renderer = join(root, 'renderer')
    const outside = join(root, 'outside')
    mkdirSync(join(renderer, 'assets'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(join(renderer, 'index.html'), '<div id="root"></div>')
    writeFileSync(join(renderer, 'assets', 'app.js'), 'void 0')
    writeFileSync(join(outside, 'config.json'), '{"secret":"no"}')
    return { renderer, outside }
  }

  it('serves real files inside the folder, also when the folder itself is reached by a link', async () => {
    const { renderer } = layout()
    const linkedRenderer = `${renderer}-link`
    symlinkSync(renderer, linkedRenderer)
    made.push(linkedRenderer)
    const asset = await resolveAppAssetOnDisk(linkedRenderer, 'app://headcount/assets/app.js')
    expect(asset?.filePath).toBe(realpathSync(join(renderer, 'assets', 'app.js')))
    expect(await resolveAppAssetOnDisk(renderer, 'app://headcount/')).toMatchObject({
      mimeType: 'text/html; charset=utf-8'
    })
  })

  it('refuses a symlink inside the folder that points outside it', async () => {
    const { renderer, outside } = layout()
    symlinkSync(join(outside, 'config.json'), join(renderer, 'leak.json'))
    symlinkSync(outside, join(renderer, 'assets', 'dir'))
    expect(await resolveAppAssetOnDisk(renderer, 'app://headcount/leak.json')).toBeNull()
    expect(
      await resolveAppAssetOnDisk(renderer, 'app://headcount/assets/dir/config.json')
    ).toBeNull()
  })

  it('refuses what does not exist and everything the path rules already refuse', async () => {
    const { renderer } = layout()
    expect(await resolveAppAssetOnDisk(renderer, 'app://headcount/missing.js')).toBeNull()
    expect(
      await resolveAppAssetOnDisk(renderer, 'app://headcount/../outside/config.json')
    ).toBeNull()
  })
})
