import { describe, expect, it } from 'vitest'
import { projectRoot, readPackageManifest } from '../../support/packaging/project-files'
import { findInstalledPackage } from '../../support/packaging/production-tree'

// The app opens its settings file with electron-store; the browser preview and the tests open
// the same file format with conf, through the same CreateStore interface (storage/settings-store).
// Both stay production dependencies: electron-store is a thin Electron wrapper around conf.
describe('electron-store and conf', () => {
  it('are both production dependencies', () => {
    const { dependencies } = readPackageManifest()
    expect(Object.keys(dependencies)).toEqual(expect.arrayContaining(['electron-store', 'conf']))
  })

  it('share one installed conf, so the preview and the tests behave like the app', () => {
    const electronStore = findInstalledPackage('electron-store', projectRoot)
    expect(electronStore).not.toBeNull()
    const confOfElectronStore = findInstalledPackage('conf', electronStore!)
    expect(confOfElectronStore).not.toBeNull()
    expect(confOfElectronStore).toBe(findInstalledPackage('conf', projectRoot))
  })
})
