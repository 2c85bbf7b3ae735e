import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// What @electron/fuses looks for in an Electron binary: this sentinel, then a version byte,
// a length byte and one '0'/'1' per fuse.
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron 45's shipped defaults: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
// AsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot, FileProtocolExtraPrivileges, WasmTrapHandlers.
const electronDefaultFuses = '101100011'

/**
 * An unpacked "Electron" for Linux that electron-builder can package offline: the real one is
 * a download from GitHub. Only the fuse wire is real, so fuse flipping is exercised for real.
 */
export function createFakeElectronDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'headcount-fake-electron-'))
  mkdirSync(join(dir, 'resources'))
  const wire = Buffer.from(electronDefaultFuses, 'latin1')
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\n'),
    Buffer.from(fuseSentinel, 'latin1'),
    Buffer.from([1, wire.length]),
    wire,
    Buffer.from('\n')
  ])
  writeFileSync(join(dir, 'electron'), binary)
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'LICENSE'), 'stand-in')
  writeFileSync(join(dir, 'version'), '45.0.0')
  return dir
}
