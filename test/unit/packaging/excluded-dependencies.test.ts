import { describe, expect, it } from 'vitest'
import { readBuilderConfig } from '../../support/packaging/builder-config'
import { projectRoot } from '../../support/packaging/project-files'
import { productionPackages } from '../../support/packaging/production-tree'

/** Package names (or whole @scopes) that electron-builder.yml leaves out of the app. */
function excludedFromApp(files: string[]): string[] {
  const pattern = files.find((entry) => entry.startsWith('!node_modules/'))
  const names = pattern?.match(/^!node_modules\/\{([^}]+)\}\{,\/\*\*\}$/)?.[1]
  if (!names) throw new Error('electron-builder.yml no longer has the node_modules exclusion line')
  return names.split(',')
}

function isExcluded(name: string, excluded: string[]): boolean {
  return excluded.some((entry) => name === entry || name.startsWith(`${entry}/`))
}

describe('production dependencies left out of the installer', () => {
  const excluded = excludedFromApp(readBuilderConfig().files)

  it('are only renderer libraries (already bundled) and the CLI-only TypeScript runner', () => {
    expect(excluded.sort()).toEqual(
      [
        '@esbuild',
        '@tanstack',
        'esbuild',
        'react',
        'react-dom',
        'scheduler',
        'tsx',
        'zustand'
      ].sort()
    )
  })

  it('are not needed by any package that stays in the app', () => {
    const kept = productionPackages(projectRoot).filter((pkg) => !isExcluded(pkg.name, excluded))
    const brokenBy = kept.flatMap((pkg) =>
      Object.keys(pkg.manifest.dependencies ?? {})
        .filter((dep) => isExcluded(dep, excluded))
        .map((dep) => `${pkg.name} needs ${dep}`)
    )
    expect(brokenBy).toEqual([])
  })
})
