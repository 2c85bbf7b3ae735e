import { contextBridge, ipcRenderer } from 'electron'
import { buildBridgeApi } from '../shared/ipc/bridge-api'

// The page gets exactly one object built from the contract's channel names. Listeners are
// wrapped so they never receive the IpcRendererEvent (it would expose ipcRenderer).
const api = buildBridgeApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (channel, listener) => {
    const wrapped = (_event: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }
)

contextBridge.exposeInMainWorld('headcount', api)
