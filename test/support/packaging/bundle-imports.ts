import { isBuiltin } from 'node:module'
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
