import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { appScheme, resolveAppAssetOnDisk } from '../security/app-asset-path'
import { contentSecurityPolicy } from '../security/content-security-policy'

/** Must run before `ready`: app:// behaves like a secure https origin. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from app://headcount with the CSP as a header too. */
export function serveRendererFromAppScheme(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const asset = await resolveAppAssetOnDisk(rendererDir, request.url)
    if (!asset) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(asset.filePath)
      return new Response(body, {
        headers: {
          'content-type': asset.mimeType,
          'content-security-policy': contentSecurityPolicy,
          'x-content-type-options': 'nosniff'
        }
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
