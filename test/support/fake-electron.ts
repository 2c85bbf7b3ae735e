import { EventEmitter } from 'node:events'

/**
 * A recording stand-in for the parts of `electron` the glue uses. Tests that exercise the
 * glue mock `electron` with this; the real module is never loaded.
 */
export function createFakeElectron() {
  const calls: string[] = []
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))
  const windows: FakeBrowserWindow[] = []

  class FakeWebContents extends EventEmitter {
    id = 1
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
    reloaded = 0
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler
    }
    reload() {
      this.reloaded += 1
    }
    send() {}
  }

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows
    webContents = new FakeWebContents()
    loadedUrl = ''
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      super()
      windows.push(this)
      calls.push('new BrowserWindow')
    }
    loadURL(url: string) {
      this.loadedUrl = url
      return Promise.resolve()
    }
    isDestroyed() {
      return false
    }
    show() {}
  }

  const permissionHandlers: Record<string, unknown> = {}
  const opened: string[] = []
  const ipcChannels: string[] = []
  const privilegedSchemes: Array<{ scheme: string; privileges?: Record<string, boolean> }> = []

  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      quit: () => calls.push('quit'),
      whenReady: () => {
        calls.push('whenReady')
        return ready
      },
      getPath: (name: string) => `/fake/${name}`,
      setPath: () => undefined,
      getVersion: () => '9.9.9',
      on: () => undefined
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string) => ipcChannels.push(channel) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof privilegedSchemes) => {
        privilegedSchemes.push(...schemes)
        calls.push('registerSchemesAsPrivileged')
      },
      handle: () => calls.push('protocol.handle')
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: unknown) => (permissionHandlers.request = h),
        setPermissionCheckHandler: (h: unknown) => (permissionHandlers.check = h),
        setDevicePermissionHandler: (h: unknown) => (permissionHandlers.device = h)
      }
    },
    shell: {
      openExternal: async (url: string) => void opened.push(url),
      showItemInFolder: () => undefined
    },
    dialog: { showSaveDialog: async () => ({ canceled: true }) },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptStringAsync: async () => Buffer.from(''),
      decryptStringAsync: async () => ({ result: '', shouldReEncrypt: false })
    },
    contextBridge: { exposeInMainWorld: () => undefined },
    ipcRenderer: {
      invoke: async () => undefined,
      on: () => undefined,
      removeListener: () => undefined
    }
  }

  return {
    electron,
    calls,
    windows,
    opened,
    ipcChannels,
    privilegedSchemes,
    permissionHandlers,
    becomeReady: () => {
      calls.push('ready')
      resolveReady()
    }
  }
}
