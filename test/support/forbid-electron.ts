import { vi } from 'vitest'

// Loading the real `electron` package outside Electron tries to download a binary and
// throws. Any test that reaches it by accident fails loudly here instead.
vi.mock('electron', () => {
  throw new Error('A test loaded the real electron module. Pass a fake platform instead.')
})
