import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from '../../../src/main/security/web-preferences'

describe('window webPreferences', () => {
  it('turn on the sandbox and isolation and turn off every Node and insecure switch', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs')
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false
    })
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs.preload.endsWith('.cjs')).toBe(true)
  })
})
