import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packagesImportedBy, requireSpecifiers } from '../../support/packaging/bundle-imports'
import { readPackageManifest, requireBuiltApp } from '../../support/packaging/project-files'
import { findInstalledPackage, installedTree } from '../../support/packaging/production-tree'
import { nodeWithFakeElectron } from '../../support/packaging/run-with-fake-electron'

// Only production dependencies end up in the installer, so anything the built main imports
// from a devDependency would work in `npm run dev` and crash the installed app. The other way
// round, a production dependency the built main never loads only makes the installer bigger.
describe('what the built bundles import', () => {
  let out = ''
  let mainDir = ''
  let imported = new Map<string, string>()
  beforeAll(async () => {
    out = requireBuiltApp()
    mainDir = join(out, 'main')
    imported = await packagesImportedBy(mainDir)
    imported.delete('electron')
  })

  it('main imports only built-ins, electron and production dependencies', () => {
    const manifest = readPackageManifest()
    const problems: string[] = []
    for (const [name, where] of imported) {
      if (!(name in manifest.dependencies))
        problems.push(`${where}, which is not in "dependencies"`)
      if (name in manifest.devDependencies) problems.push(`${where}, which is also a devDependency`)
      if (!findInstalledPackage(name, mainDir)) problems.push(`${name} is not installed`)
    }
    expect(problems).toEqual([])
    // Sanity: the scan really sees the bundle's externals.
    expect(imported.size).toBeGreaterThan(5)
  })

  it('every production dependency is loaded by main, itself or through another package', () => {
    const asManifest = {
      dependencies: Object.fromEntries([...imported.keys()].map((n) => [n, '*']))
    }
    const loaded = new Set(installedTree(asManifest, mainDir).map((pkg) => pkg.name))
    const neverLoaded = Object.keys(readPackageManifest().dependencies).filter(
      (name) => !loaded.has(name)
    )
    // Anything listed here belongs in devDependencies (bundled by Vite, or a development tool).
    expect(neverLoaded).toEqual([])
  })

  it('main is an ES module, so ESM-only packages can be imported directly', () => {
    expect(readPackageManifest().main).toBe('./out/main/index.js')
    expect((readPackageManifest() as unknown as { type: string }).type).toBe('module')
    expect(readFileSync(join(out, 'main/index.js'), 'utf8')).toMatch(/^import /m)
  })

  it('the ESM-only electron-store, conf and p-queue load and work in plain Node ESM', async () => {
    const script = `
      const { default: Store } = await import('electron-store')
      const { default: Conf } = await import('conf')
      const { default: PQueue } = await import('p-queue')
      const store = new Store({ cwd: process.env.PROBE_DIR, name: 'probe' })
      store.set('answer', 42)
      const conf = new Conf({ cwd: process.env.PROBE_DIR, projectName: 'probe', configName: 'c' })
      conf.set('ok', true)
      const queue = new PQueue({ concurrency: 1 })
      const queued = await queue.add(() => 'ran')
      console.log(JSON.stringify({ store: store.get('answer'), conf: conf.get('ok'), queued }))
    `
    const stdout = await nodeWithFakeElectron(['--input-type=module', '--eval', script], {
      PROBE_DIR: mkdtempSync(join(tmpdir(), 'headcount-esm-probe-'))
    })
    expect(JSON.parse(stdout.trim())).toEqual({ store: 42, conf: true, queued: 'ran' })
  })

  it('the sandboxed preload requires nothing but electron', () => {
    // A sandboxed preload cannot load npm packages or most built-ins.
    const requires = requireSpecifiers(readFileSync(join(out, 'preload/index.cjs'), 'utf8'))
    expect(requires).toEqual(['electron'])
  })
})
