import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { quotaFileStore } from '../../../src/main/scheduling/quota-file'
import { silentLogger } from '../../../src/main/logging/logger'

describe('the creation-count file', () => {
  it('round-trips counts and treats a damaged file as empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headcount-quota-'))
    const path = join(dir, 'not-yet-made', 'meeting-creations.json')
    const store = quotaFileStore(path, silentLogger)
    expect(store.load()).toEqual({})
    store.save({ 'demo\na@example.org\n2026-11-20': 2 })
    await vi.waitFor(() => expect(readFileSync(path, 'utf8')).toContain('2026-11-20'))
    expect(store.load()).toEqual({ 'demo\na@example.org\n2026-11-20': 2 })
    writeFileSync(path, '{"x": "not a number", "y": 1.5, "z": 3')
    expect(store.load()).toEqual({})
    writeFileSync(path, '{"x": "not a number", "y": 1.5, "z": 3}')
    expect(store.load()).toEqual({ z: 3 })
  })
})
