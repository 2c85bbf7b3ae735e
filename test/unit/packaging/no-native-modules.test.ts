import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findNativeModules } from '../../support/packaging/native-modules'
import { projectRoot } from '../../support/packaging/project-files'
import { productionPackages } from '../../support/packaging/production-tree'

function fakePackage(root: string, name: string, manifest: object, files: string[] = []): void {
  const dir = join(root, 'node_modules', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, ...manifest }))
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), '')
  }
}

describe('native modules in production dependencies', () => {
  it('walks the real production tree (sanity: it sees the ESM-only store packages)', () => {
    const names = productionPackages(projectRoot).map((pkg) => pkg.name)
    expect(names).toEqual(expect.arrayContaining(['electron-store', 'conf', 'p-queue', 'pino']))
    expect(names).not.toContain('vitest')
  })

  it('finds none, so one build per OS runs on every CPU and Electron version', () => {
    expect(findNativeModules(projectRoot)).toEqual([])
  })

  it('would catch binding.gyp, gypfile, compiled .node files and native loaders', () => {
    const root = mkdtempSync(join(tmpdir(), 'headcount-native-'))
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({
        dependencies: { gyp: '1', flagged: '1', compiled: '1', loader: '1', plain: '1' },
        devDependencies: { devonly: '1' }
      })
    )
    fakePackage(root, 'gyp', {}, ['binding.gyp'])
    fakePackage(root, 'flagged', { gypfile: true })
    fakePackage(root, 'compiled', {}, ['prebuilds/linux-x64/addon.node'])
    fakePackage(root, 'loader', { dependencies: { 'node-gyp-build': '4' } })
    fakePackage(root, 'node-gyp-build', {})
    fakePackage(root, 'plain', {}, ['index.js'])
    fakePackage(root, 'devonly', {}, ['binding.gyp'])

    expect(findNativeModules(root)).toEqual([
      { name: 'gyp', reason: 'has a binding.gyp (compiled with node-gyp)' },
      { name: 'flagged', reason: 'declares "gypfile": true' },
      { name: 'compiled', reason: 'ships a compiled addon prebuilds/linux-x64/addon.node' },
      { name: 'loader', reason: 'depends on node-gyp-build, a native addon loader' }
    ])
  })
})
