import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const glue = [/^src\/main\/index\.ts$/, /^src\/main\/electron\//, /^src\/preload\//]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : []
  })
}

describe('the electron-free core', () => {
  it('loading the real electron module in a test fails loudly', async () => {
    const error = await import('electron').then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(Error)
    const text = `${String(error)} ${String((error as Error).cause ?? '')}`
    expect(text).toMatch(/real electron module/)
  })

  it('a dependency that imports electron (electron-store) hits the guard too', async () => {
    const error = await import('electron-store').then(
      () => null,
      (e: unknown) => e
    )
    expect(`${String(error)} ${String((error as Error | null)?.cause ?? '')}`).toMatch(
      /real electron module/
    )
  })

  it('no module outside the thin glue imports electron at run time', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => !glue.some((pattern) => pattern.test(file)))
      .filter((file) => {
        const text = readFileSync(join(root, file), 'utf8')
        return (
          /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m.test(text) ||
          /require\(['"]electron['"]\)/.test(text)
        )
      })
    expect(offenders).toEqual([])
  })
})
