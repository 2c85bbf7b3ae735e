/** A fresh folder per test for archive files, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

export function useTempFolder(): () => string {
  const folders: string[] = []
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
  })
  return () => {
    const folder = mkdtempSync(join(tmpdir(), 'headcount-archive-'))
    folders.push(folder)
    return folder
  }
}

export function archivePath(folder: string): string {
  return join(folder, 'headcount.sqlite')
}
