import { cpSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { productionPackages } from './production-tree'

/**
 * Copies the installed production packages (each at its place in node_modules, and nothing
 * else) into `targetDir`: a project folder as `npm ci --omit=dev` would leave it, made offline.
 */
export function copyProductionPackages(projectDir: string, targetDir: string): string[] {
  const copied: string[] = []
  for (const pkg of productionPackages(projectDir)) {
    const place = relative(projectDir, pkg.dir)
    cpSync(pkg.dir, join(targetDir, place), {
      recursive: true,
      // Nested packages are copied on their own when they are production packages too.
      filter: (source) => !relative(pkg.dir, source).split(sep).includes('node_modules')
    })
    copied.push(pkg.name)
  }
  return copied
}
