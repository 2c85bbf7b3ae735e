import { readdirSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join } from 'node:path'
// A real ES module lexer (it comes with vitest): a regex would also match text in strings.
import { init, parse } from 'es-module-lexer'

/** Specifiers a built ESM bundle imports, static or dynamic (literal ones). */
export async function esmImportSpecifiers(code: string): Promise<string[]> {
  await init
  const [imports] = parse(code)
  const names = imports.map((entry) => entry.n).filter((name) => name !== undefined)
  return [...new Set(names)]
}

/** Specifiers a built CommonJS bundle requires. */
export function requireSpecifiers(code: string): string[] {
  const pattern = /\brequire\(\s*["']([^"']+)["']\s*\)/g
  return [...new Set([...code.matchAll(pattern)].map((match) => match[1]!))]
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; null for relative or built-in. */
export function packageNameOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** The npm packages the built ES modules in `dir` import, each with the first place that does. */
export async function packagesImportedBy(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const file of readdirSync(dir).filter((name) => /\.m?js$/.test(name))) {
    for (const specifier of await esmImportSpecifiers(readFileSync(join(dir, file), 'utf8'))) {
      const name = packageNameOf(specifier)
      if (name !== null && !found.has(name)) found.set(name, `${file} imports ${specifier}`)
    }
  }
  return found
}
