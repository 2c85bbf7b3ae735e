import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { productionPackages } from './production-tree'

export interface NativeModuleFinding {
  name: string
  reason: string
}

// Helpers that only native addons depend on, to load or build their binaries.
const nativeLoaders = ['node-gyp-build', 'bindings', 'prebuild-install', '@mapbox/node-pre-gyp']

function compiledAddons(dir: string): string[] {
  const found: string[] = []
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      // Nested node_modules hold other packages; the tree walk visits them on their own.
      if (entry.name === 'node_modules') continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.node')) found.push(relative(dir, path))
    }
  }
  walk(dir)
  return found
}

/**
 * Native addons would have to be rebuilt per Electron version, OS and CPU, and the
 * universal macOS build would need both slices; Headcount ships none, and this finds any.
 */
export function findNativeModules(projectDir: string): NativeModuleFinding[] {
  const findings: NativeModuleFinding[] = []
  for (const pkg of productionPackages(projectDir)) {
    if (existsSync(join(pkg.dir, 'binding.gyp'))) {
      findings.push({ name: pkg.name, reason: 'has a binding.gyp (compiled with node-gyp)' })
    }
    if (pkg.manifest.gypfile === true) {
      findings.push({ name: pkg.name, reason: 'declares "gypfile": true' })
    }
    for (const file of compiledAddons(pkg.dir)) {
      findings.push({ name: pkg.name, reason: `ships a compiled addon ${file}` })
    }
    const deps = { ...pkg.manifest.dependencies, ...pkg.manifest.optionalDependencies }
    for (const loader of nativeLoaders.filter((name) => name in deps)) {
      findings.push({ name: pkg.name, reason: `depends on ${loader}, a native addon loader` })
    }
  }
  return findings
}
