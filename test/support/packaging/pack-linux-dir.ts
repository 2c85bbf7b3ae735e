import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createFakeElectronDist } from './fake-electron-dist'
import { projectRoot, requireFromProject } from './project-files'

export interface PackedApp {
  /** linux-unpacked: what an AppImage or deb is made from. */
  appDir: string
  archive: string
  /** The stand-in Electron folder, for the caller to remove with `output`. */
  electronDist: string
}

/**
 * A real electron-builder run of the real config (`--linux dir`: the app folder, no installer)
 * around a stand-in Electron, so it works offline. Needs `npm run build` first.
 */
export async function packLinuxDir(output: string): Promise<PackedApp> {
  const electronDist = createFakeElectronDist()
  await promisify(execFile)(
    process.execPath,
    [
      requireFromProject.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `--config.electronDist=${electronDist}`,
      `--config.directories.output=${output}`
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      timeout: 110_000
    }
  )
  const appDir = join(output, 'linux-unpacked')
  return { appDir, archive: join(appDir, 'resources/app.asar'), electronDist }
}
