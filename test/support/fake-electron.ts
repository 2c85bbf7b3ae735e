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
    /** Every main → window event, in order (a reloaded window hears the ones after it). */
    sent: Array<{ channel: string; payload: unknown }> = []
    reload() {
      this.reloaded += 1
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload })
    }
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

  let isReady = false
  /** Like the real safeStorage: any call before `ready` throws, and every call is recorded. */
  const safeStorageCall =
    <T>(name: string, answer: () => T) =>
    (): T => {
      calls.push(`safeStorage.${name}`)
      if (!isReady) throw new Error('safeStorage cannot be used before app is ready')
      return answer()
    }
  const errorBoxes: Array<{ title: string; content: string }> = []

  const permissionHandlers: Record<string, unknown> = {}
  const protocolHandlers: Record<string, (request: Request) => Promise<Response>> = {}
  const opened: string[] = []
  const ipcChannels: string[] = []
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  /** Where the save dialog "saves"; null means the person cancels. */
  const saveDialog: { filePath: string | null } = { filePath: null }
  const shownInFolder: string[] = []
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
    ipcMain: {
      handle: (
        channel: string,
        handler: (event: unknown, ...args: unknown[]) => Promise<unknown>
      ) => {
        ipcChannels.push(channel)
        ipcHandlers.set(channel, handler)
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof privilegedSchemes) => {
        privilegedSchemes.push(...schemes)
        calls.push('registerSchemesAsPrivileged')
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        calls.push('protocol.handle')
        protocolHandlers[scheme] = handler
      }
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
      showItemInFolder: (path: string) => void shownInFolder.push(path)
    },
    dialog: {
      showSaveDialog: async () =>
        saveDialog.filePath
          ? { canceled: false, filePath: saveDialog.filePath }
          : { canceled: true },
      showErrorBox: (title: string, content: string) => {
        calls.push('dialog.showErrorBox')
        errorBoxes.push({ title, content })
      }
    },
    safeStorage: {
      isAsyncEncryptionAvailable: safeStorageCall('isAsyncEncryptionAvailable', async () => true),
      getSelectedStorageBackend: safeStorageCall('getSelectedStorageBackend', () => 'basic_text'),
      encryptStringAsync: async (plain: string) =>
        safeStorageCall('encryptStringAsync', () => Buffer.from(plain).reverse())(),
      decryptStringAsync: async (cipher: Buffer) =>
        safeStorageCall('decryptStringAsync', () => ({
          result: Buffer.from(cipher).reverse().toString(),
          shouldReEncrypt: false
        }))()
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
    ipcHandlers,
    saveDialog,
    shownInFolder,
    privilegedSchemes,
    permissionHandlers,
    errorBoxes,
    protocolHandlers,
    becomeReady: () => {
      isReady = true
      calls.push('ready')
      resolveReady()
    }
  }
}
