/// <reference lib="dom" />
import { buildBridgeApi } from '../../shared/ipc/bridge-api'

// Development preview only: gives the page the same `window.headcount` object the Electron
// preload does, carried over loopback HTTP to the real main-process handlers running in Node.
// It is built separately and never shipped in the packaged app.

const tokenKey = 'headcount-preview-token'
const fromUrl = new URLSearchParams(location.search).get('token')
if (fromUrl) {
  sessionStorage.setItem(tokenKey, fromUrl)
  history.replaceState(null, '', location.pathname)
}
const token = sessionStorage.getItem(tokenKey) ?? ''

type Listener = (payload: unknown) => void
const listeners = new Map<string, Set<Listener>>()
let source: EventSource | null = null

function ensureEventSource(): void {
  if (source) return
  source = new EventSource(`/events?token=${encodeURIComponent(token)}`)
  source.onmessage = (message) => {
    const { channel, payload } = JSON.parse(message.data as string) as {
      channel: string
      payload: unknown
    }
    for (const listener of listeners.get(channel) ?? []) listener(payload)
  }
}

const api = buildBridgeApi(
  async (channel, input) => {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-headcount-token': token },
      body: JSON.stringify(input === undefined ? {} : { input })
    })
    return response.json()
  },
  (channel, listener) => {
    ensureEventSource()
    const set = listeners.get(channel) ?? new Set<Listener>()
    set.add(listener)
    listeners.set(channel, set)
    return () => set.delete(listener)
  }
)

Object.defineProperty(window, 'headcount', { value: api, writable: false, configurable: false })
