import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { releaseFuses } from '../../../scripts/release-fuses'
import { readBuilderConfig } from '../../support/packaging/builder-config'
import { pngSize, projectRoot, requireFromProject } from '../../support/packaging/project-files'

const config = readBuilderConfig()

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema, so a misspelt key fails here", () => {
    const schema = requireFromProject('app-builder-lib/scheme.json') as object
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('names the app', () => {
    expect(config.appId).toBe('org.headcount.app')
    expect(config.productName).toBe('Headcount')
    expect(config.asar).toBe(true)
  })

  it('builds an NSIS installer, a universal dmg, an AppImage and a deb', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }])
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] }
    ])
    // A deb needs a maintainer; package.json has no author email to fall back on.
    expect(config.linux.maintainer).toBeTruthy()
  })

  it('installs on Windows with one double-click and no administrator prompt', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false })
  })

  it('flips exactly the release fuses security.md asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('agrees with the fuse check run on built apps (npm run verify:fuses)', () => {
    const asConfigured = Object.fromEntries(
      Object.entries(releaseFuses).map(([name, on]) => [name[0]!.toLowerCase() + name.slice(1), on])
    )
    expect(config.electronFuses).toEqual(asConfigured)
  })

  it('packs only the built app and package.json, never sources or tests', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'))
    expect(included.sort()).toEqual(['out/**', 'package.json'])
    expect(config.files).toContain('!out/preview/**')
    for (const pattern of included) expect(pattern).not.toMatch(/^(src|test|scripts|build)\b/)
  })

  it('leaves the command line out: it runs from a clone, not from the installed app', () => {
    expect(config.files).toContain('!out/cli/**')
  })

  it('lets "dependencies" alone decide which packages are packed, with no exceptions here', () => {
    // An exclusion list would let a package sit in "dependencies" that the app never loads.
    expect(config.files.filter((pattern) => /node_modules/.test(pattern))).toEqual([])
  })
})

describe('the Headcount icon', () => {
  const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

  it('has a 1024×1024 master that Windows and macOS icons are made from', () => {
    expect(config.win.icon).toBe('build/icon.png')
    expect(config.mac.icon).toBe('build/icon.png')
    expect(pngSize(join(projectRoot, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 })
    expect(existsSync(join(projectRoot, 'build/icon.svg'))).toBe(true)
  })

  it('has every Linux size, each really the size its name claims', () => {
    const dir = join(projectRoot, config.linux.icon)
    const files = readdirSync(dir).filter((name) => name.endsWith('.png'))
    expect(files.sort()).toEqual(linuxSizes.map((size) => `${size}x${size}.png`).sort())
    for (const size of linuxSizes) {
      expect(pngSize(join(dir, `${size}x${size}.png`))).toEqual({ width: size, height: size })
    }
  })
})
