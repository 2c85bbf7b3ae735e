import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fuseProblems } from '../../../scripts/release-fuses'
import { createFakeElectronDist } from '../../support/packaging/fake-electron-dist'
import { packLinuxDir } from '../../support/packaging/pack-linux-dir'
import {
  projectRoot,
  requireBuiltApp,
  requireFromProject
} from '../../support/packaging/project-files'
import { productionPackages } from '../../support/packaging/production-tree'

const asar = requireFromProject('@electron/asar') as {
  listPackage(archive: string): string[]
  extractFile(archive: string, file: string): Buffer
}

// A real electron-builder run of the real config around a stand-in Electron (see packLinuxDir).
// It checks what installers are made from.
describe('packing the app with electron-builder', () => {
  let appDir = ''
  let archive = ''
  let packed: string[] = []
  const scratch: string[] = []

  beforeAll(async () => {
    requireBuiltApp()
    const output = mkdtempSync(join(tmpdir(), 'headcount-pack-'))
    const app = await packLinuxDir(output)
    scratch.push(output, app.electronDist)
    appDir = app.appDir
    archive = app.archive
    packed = asar.listPackage(archive).map((path) => path.replaceAll('\\', '/'))
  }, 120_000)

  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
  })

  it('flips the release fuses in the Electron binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'headcount'))
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      fileProtocol: wire[FuseV1Options.GrantFileProtocolExtraPrivileges]
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyAsar: FuseState.ENABLE,
      cookieEncryption: FuseState.ENABLE,
      fileProtocol: FuseState.DISABLE
    })
  })

  it('passes the release fuse check (npm run verify:fuses), which fails an unflipped binary', async () => {
    expect(await fuseProblems(join(appDir, 'headcount'))).toEqual([])
    const unflipped = createFakeElectronDist()
    scratch.push(unflipped)
    const problems = await fuseProblems(join(unflipped, 'electron'))
    expect(problems).toHaveLength(7)
    expect(problems).toContain('RunAsNode is Enabled, but a release build needs it Disabled.')
  })

  it('packs the built app into app.asar, with nothing to unpack (no native code)', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html'
      ])
    )
    expect(existsSync(join(appDir, 'resources/app.asar.unpacked'))).toBe(false)
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
      main: string
    }
    expect(packed).toContain(`/${manifest.main.replace(/^\.\//, '')}`)
  })

  it('packs the archive worker beside the main bundle, with every chunk it imports', () => {
    // The archive opens, checks and writes in this worker; without it nothing is archived.
    expect(packed).toContain('/out/main/archive-worker.js')
    const worker = asar.extractFile(archive, 'out/main/archive-worker.js').toString('utf8')
    const chunks = [...worker.matchAll(/from "\.\/(chunks\/[^"]+)"/g)].map(
      (m) => `/out/main/${m[1]}`
    )
    expect(chunks.length).toBeGreaterThan(0)
    for (const chunk of chunks) expect(packed).toContain(chunk)
    expect(worker).not.toMatch(/from "electron"/)
  })

  it('leaves out sources, tests, build resources, the CLI, the browser preview and source maps', () => {
    // Sanity: the CLI build is there to leave out (npm run build makes it).
    expect(existsSync(join(projectRoot, 'out/cli/index.js'))).toBe(true)
    const unwanted = packed.filter(
      (path) =>
        /^\/(src|test|scripts|build|docs|bin|out\/cli|out\/preview)(\/|$)/.test(path) ||
        (!path.startsWith('/node_modules/') && /\.(ts|tsx|map)$/.test(path))
    )
    expect(unwanted).toEqual([])
  })

  it('packs exactly the production packages, where npm installed them', () => {
    const isPackageDir = (path: string): boolean =>
      /\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(path) && packed.includes(`${path}/package.json`)
    const production = productionPackages(projectRoot).map(
      (pkg) => `/${relative(projectRoot, pkg.dir).replaceAll('\\', '/')}`
    )
    expect(packed.filter(isPackageDir).sort()).toEqual(production.sort())
  })

  it('ships the packages main imports and leaves out the bundled and development-only ones', () => {
    const modules = new Set(
      packed
        .filter((path) => /^\/node_modules\/(@[^/]+\/)?[^/]+$/.test(path))
        .map((path) => path.slice('/node_modules/'.length))
    )
    for (const needed of ['electron-store', 'conf', 'p-queue', 'pino', 'zod', 'axios', 'hono']) {
      expect(modules).toContain(needed)
    }
    const bundledOrDevOnly = ['react', 'react-dom', 'zustand', '@tanstack/react-virtual']
    bundledOrDevOnly.push('commander', 'cli-progress', 'tsx', 'esbuild', 'vitest', 'electron')
    for (const leftOut of bundledOrDevOnly) expect(modules).not.toContain(leftOut)
  })
})
