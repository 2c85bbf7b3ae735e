/* eslint-disable @typescript-eslint/explicit-function-return-type -- plain JavaScript that Node runs directly, without TypeScript */
// A recording stand-in for the Electron main-process API, for loading out/main/index.js in
// plain Node. Anything not modelled is a no-op that is still recorded, so new glue code
// doesn't break the load; the test asserts on what matters for a packaged start.
import { EventEmitter } from 'node:events'
import { join } from 'node:path'

const state = {
  calls: [],
  ready: false,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcChannels: [],
  windows: [],
  userDataDir: process.env.FAKE_ELECTRON_USER_DATA ?? join(process.cwd(), 'fake-user-data')
}
globalThis.__fakeElectron = state

const record = (name, args = []) => state.calls.push({ name, ready: state.ready, args })

/** Known members behave; unknown ones are recorded no-ops (never thenable). */
function lenient(name, known = {}) {
  const target = function () {}
  return new Proxy(target, {
    get(_t, key) {
      if (key in known) return known[key]
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined
      return (...args) => record(`${name}.${String(key)}`, args)
    },
    set(_t, key, value) {
      known[key] = value
      return true
    },
    has: (_t, key) => key in known,
    construct: () => lenient(`new ${name}`)
  })
}

let resolveReady = () => undefined
const readyPromise = new Promise((resolve) => (resolveReady = resolve))
state.becomeReady = () => {
  state.ready = true
  record('ready')
  resolveReady()
}

export const app = lenient('app', {
  isPackaged: true,
  enableSandbox: () => record('app.enableSandbox'),
  whenReady: () => readyPromise,
  isReady: () => state.ready,
  on: (event) => record('app.on', [event]),
  once: (event) => record('app.once', [event]),
  requestSingleInstanceLock: () => true,
  getPath: (name) => join(state.userDataDir, name === 'userData' ? '' : name),
  setPath: (name, value) => record('app.setPath', [name, value]),
  getVersion: () => '0.0.0-test',
  getName: () => 'Headcount',
  getLocale: () => 'en-US',
  quit: () => record('app.quit'),
  commandLine: lenient('app.commandLine')
})

export const protocol = lenient('protocol', {
  registerSchemesAsPrivileged: (schemes) => {
    record('protocol.registerSchemesAsPrivileged')
    state.privilegedSchemes.push(...schemes)
  },
  handle: (scheme, handler) => {
    record('protocol.handle', [scheme])
    state.protocolHandlers.set(scheme, handler)
  }
})

export const session = lenient('session', {
  defaultSession: lenient('session.defaultSession', {
    webRequest: lenient('session.defaultSession.webRequest')
  })
})

export const ipcMain = lenient('ipcMain', {
  handle: (channel) => state.ipcChannels.push(channel),
  on: (channel) => record('ipcMain.on', [channel])
})

class FakeWebContents extends EventEmitter {
  id = 1
  session = session.defaultSession
  setWindowOpenHandler() {}
  send() {}
  reload() {}
  isDestroyed() {
    return false
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows = () => state.windows.map((entry) => entry.window)
  static fromWebContents = () => null
  webContents = new FakeWebContents()
  constructor(options) {
    super()
    record('new BrowserWindow')
    state.windows.push({ options, window: this, loadedUrl: null })
  }
  loadURL(url) {
    state.windows.find((entry) => entry.window === this).loadedUrl = url
    return Promise.resolve()
  }
  loadFile(file) {
    return this.loadURL(`file://${file}`)
  }
  show() {}
  focus() {}
  restore() {}
  isDestroyed() {
    return false
  }
  isMinimized() {
    return false
  }
  setMenu() {}
}

export const safeStorage = lenient('safeStorage', {
  isEncryptionAvailable: () => false,
  isAsyncEncryptionAvailable: async () => false,
  getSelectedStorageBackend: () => 'basic_text'
})

export const shell = lenient('shell')
export const dialog = lenient('dialog')
export const Menu = lenient('Menu')
export const nativeTheme = lenient('nativeTheme')
export const net = lenient('net')
export const powerMonitor = lenient('powerMonitor')
export const screen = lenient('screen')
export const Notification = lenient('Notification')
export const nativeImage = lenient('nativeImage')
export const clipboard = lenient('clipboard')
export const crashReporter = lenient('crashReporter')
export const webContents = lenient('webContents')
export const utilityProcess = lenient('utilityProcess')
export const contextBridge = lenient('contextBridge')
export const ipcRenderer = lenient('ipcRenderer')

export default {
  app,
  protocol,
  session,
  ipcMain,
  BrowserWindow,
  safeStorage,
  shell,
  dialog,
  Menu,
  nativeTheme,
  net,
  powerMonitor,
  screen,
  Notification,
  nativeImage,
  clipboard,
  crashReporter,
  webContents,
  utilityProcess,
  contextBridge,
  ipcRenderer
}
