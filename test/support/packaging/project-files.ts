import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

/** The Headcount project root, wherever the tests run from. */
export const projectRoot = resolve(import.meta.dirname, '../../..')

export const requireFromProject = createRequire(join(projectRoot, 'package.json'))

export interface PackageManifest {
  name: string
  version: string
  main: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

export function readPackageManifest(): PackageManifest {
  return JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageManifest
}

/** The built app and CLI (out/) must exist; `npm test` builds them before the unit tests run. */
export function requireBuiltApp(): string {
  const out = join(projectRoot, 'out')
  const needed = ['main/index.js', 'preload/index.cjs', 'renderer/index.html', 'cli/index.js']
  const missing = needed.filter((file) => !existsSync(join(out, file)))
  if (missing.length > 0) {
    throw new Error(
      `The built app is missing (${missing.map((file) => `out/${file}`).join(', ')}). ` +
        'Run `npm run build` first, then run the tests again.'
    )
  }
  return out
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  const signature = '89504e470d0a1a0a'
  if (bytes.subarray(0, 8).toString('hex') !== signature) throw new Error(`${file} is not a PNG`)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
