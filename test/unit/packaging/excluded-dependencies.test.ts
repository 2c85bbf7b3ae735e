import { describe, expect, it } from 'vitest'
import {
  isLeftOut,
  packagesLeftOut,
  readBuilderConfig
} from '../../support/packaging/builder-config'
import { projectRoot } from '../../support/packaging/project-files'
import { productionPackages } from '../../support/packaging/production-tree'

describe('production dependencies left out of the installer', () => {
  const excluded = packagesLeftOut(readBuilderConfig())

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
    const kept = productionPackages(projectRoot).filter((pkg) => !isLeftOut(pkg.name, excluded))
    const brokenBy = kept.flatMap((pkg) =>
      Object.keys(pkg.manifest.dependencies ?? {})
        .filter((dep) => isLeftOut(dep, excluded))
        .map((dep) => `${pkg.name} needs ${dep}`)
    )
    expect(brokenBy).toEqual([])
  })
})
