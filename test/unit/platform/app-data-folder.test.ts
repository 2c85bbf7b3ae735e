import { describe, expect, it } from 'vitest'
import { appDataFolder } from '../../../src/main/platform/app-data-folder'
import { archiveFileFor } from '../../../src/main/cli/cli-archive'
import { MemoryStream } from '../../../src/main/cli/cli-io'

// Electron's userData is <appData>/<productName>; the CLI must find the same folder without it.
describe('the app data folder, without Electron', () => {
  it('follows each operating system the way Electron does', () => {
    expect(appDataFolder({ platform: 'linux', env: {}, home: '/home/ana' })).toBe(
      '/home/ana/.config/Headcount'
    )
    expect(
      appDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ana' })
    ).toBe('/cfg/Headcount')
    expect(appDataFolder({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Headcount'
    )
    expect(
      appDataFolder({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana'
      })
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Headcount')
  })

  it('lets --archive win over $HEADCOUNT_ARCHIVE, which wins over the app’s file', () => {
    const io = (env: Record<string, string>) => ({
      stdout: new MemoryStream(),
      stderr: new MemoryStream(),
      env: { HOME: '/home/ana', ...env },
      cwd: '/work'
    })
    if (process.platform === 'linux') {
      expect(archiveFileFor(io({}), undefined)).toBe('/home/ana/.config/Headcount/headcount.sqlite')
    }
    expect(archiveFileFor(io({ HEADCOUNT_ARCHIVE: '/data/a.sqlite' }), undefined)).toBe(
      '/data/a.sqlite'
    )
    expect(archiveFileFor(io({ HEADCOUNT_ARCHIVE: '/data/a.sqlite' }), 'b.sqlite')).toBe(
      '/work/b.sqlite'
    )
  })
})
