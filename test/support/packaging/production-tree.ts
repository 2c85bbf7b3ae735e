import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface InstalledPackage {
  name: string
  dir: string
  manifest: PackageJson
}

export interface PackageJson {
  name?: string
  gypfile?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

function readJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson
}

/** Node's lookup: the nearest node_modules/<name> walking up from `fromDir`. */
export function findInstalledPackage(name: string, fromDir: string): string | null {
  let dir = fromDir
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/**
 * Every package the production dependencies pull in, as installed: what electron-builder
 * copies into the app. Optional dependencies that are not installed (other platforms) are skipped.
 */
export function productionPackages(projectDir: string): InstalledPackage[] {
  return installedTree(readJson(join(projectDir, 'package.json')), projectDir)
}

/** The packages `root` needs, directly or through others, as Node finds them from `fromDir`. */
export function installedTree(root: PackageJson, fromDir: string): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>()
  const queue: { name: string; fromDir: string; optional: boolean }[] = []
  const enqueue = (manifest: PackageJson, from: string): void => {
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      queue.push({ name, fromDir: from, optional: false })
    }
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) {
      queue.push({ name, fromDir: from, optional: true })
    }
  }
  enqueue(root, fromDir)
  while (queue.length > 0) {
    const next = queue.shift()!
    const dir = findInstalledPackage(next.name, next.fromDir)
    if (!dir) {
      if (next.optional) continue
      throw new Error(`${next.name} is a production dependency but is not installed; run npm ci`)
    }
    if (found.has(dir)) continue
    const manifest = readJson(join(dir, 'package.json'))
    found.set(dir, { name: next.name, dir, manifest })
    enqueue(manifest, dir)
  }
  return [...found.values()]
}
