import { isBuiltin } from 'node:module'

/** Specifiers a built ESM bundle imports, static or dynamic. */
export function esmImportSpecifiers(code: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g
  return [...new Set([...code.matchAll(pattern)].map((match) => match[1]!))]
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
