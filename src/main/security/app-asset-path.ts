import { realpath } from 'node:fs/promises'
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path'

/** The custom scheme the packaged UI is served from (instead of file://). */
export const appScheme = 'app'
export const appHost = 'headcount'
export const appOrigin = `${appScheme}://${appHost}`

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/**
 * Maps an app:// request to a file inside the renderer folder, or null. Refuses other hosts
 * and any path that would escape the folder (`..`, encoded slashes, absolute paths).
 */
export function resolveAppAsset(
  rendererDir: string,
  requestUrl: string
): { filePath: string; mimeType: string } | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const filePath = normalize(join(rendererDir, relativePath))
  const inside = relative(rendererDir, filePath)
  if (inside.startsWith('..') || inside.includes(`..${sep}`) || inside === '') return null
  const mimeType = mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
  return { filePath, mimeType }
}

function isInside(dir: string, filePath: string): boolean {
  const inside = relative(dir, filePath)
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)
}

/**
 * resolveAppAsset, then the same check on real paths: a symlink inside the renderer folder
 * must not serve a file outside it. Null for anything missing or outside.
 */
export async function resolveAppAssetOnDisk(
  rendererDir: string,
  requestUrl: string
): Promise<{ filePath: string; mimeType: string } | null> {
  const asset = resolveAppAsset(rendererDir, requestUrl)
  if (!asset) return null
  try {
    const [realDir, realFile] = await Promise.all([realpath(rendererDir), realpath(asset.filePath)])
    return isInside(realDir, realFile) ? { ...asset, filePath: realFile } : null
  } catch {
    return null
  }
}
