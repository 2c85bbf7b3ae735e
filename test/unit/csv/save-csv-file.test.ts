import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAppFailure } from '../../../src/shared/app-error'
import { toCsvString, saveCsvFile, type CsvCell } from '../../../src/main/csv'

let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'csv-atomic-'))
})
afterEach(() => {
  chmodSync(folder, 0o700)
  rmSync(folder, { recursive: true, force: true })
})

const table = {
  headers: ['Name', 'Minutes'],
  rows: [
    ['Ana', 12.5],
    ['=evil', 3]
  ]
}

async function* failingRows(): AsyncGenerator<CsvCell[]> {
  for (let i = 0; i < 5000; i++) {
    if (i === 2500) throw new Error('Zoom connection dropped')
    yield [`row ${i}`, i]
  }
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the write to fail')
}

describe('saveCsvFile', () => {
  it('writes exactly the toCsvString bytes', async () => {
    const path = join(folder, 'out.csv')
    await saveCsvFile(path, table)
    expect(readFileSync(path, 'utf8')).toBe(toCsvString(table))
    expect(readdirSync(folder)).toEqual(['out.csv'])
  })

  it('replaces an existing file', async () => {
    const path = join(folder, 'out.csv')
    writeFileSync(path, 'old')
    await saveCsvFile(path, table)
    expect(readFileSync(path, 'utf8')).toBe(toCsvString(table))
  })

  it('leaves no file and no temp file when the rows fail midway', async () => {
    const path = join(folder, 'out.csv')
    const error = await failureOf(saveCsvFile(path, { headers: ['a', 'b'], rows: failingRows() }))
    expect(isAppFailure(error) && error.appError.code).toBe('file')
    expect(readdirSync(folder)).toEqual([])
  })

  it('keeps the old file intact when a rewrite fails midway', async () => {
    const path = join(folder, 'out.csv')
    writeFileSync(path, 'previous export')
    await failureOf(saveCsvFile(path, { headers: ['a', 'b'], rows: failingRows() }))
    expect(readFileSync(path, 'utf8')).toBe('previous export')
    expect(readdirSync(folder)).toEqual(['out.csv'])
  })

  it('explains a missing folder plainly', async () => {
    const error = await failureOf(saveCsvFile(join(folder, 'nope', 'out.csv'), table))
    expect(isAppFailure(error)).toBe(true)
    if (isAppFailure(error)) {
      expect(error.appError.message).toMatch(/doesn't exist/)
      expect(error.appError.remedy).toBeTruthy()
    }
  })

  it('cleans up when the final rename fails (target is a folder)', async () => {
    const path = join(folder, 'taken')
    await mkdir(path)
    const error = await failureOf(saveCsvFile(path, table))
    expect(isAppFailure(error) && error.appError.code).toBe('file')
    expect(readdirSync(folder)).toEqual(['taken'])
  })

  // Root ignores file permissions, so a read-only folder can't fail for root (CI containers).
  const permissionsIgnored = process.getuid?.() === 0 || process.platform === 'win32'
  if (permissionsIgnored) {
    console.info(
      'Skipped "leaves nothing behind in a read-only folder": running as root (or on Windows), which ignores folder permissions. The rename-failure test above covers the clean-up.'
    )
  }
  it.skipIf(permissionsIgnored)('leaves nothing behind in a read-only folder', async () => {
    chmodSync(folder, 0o500)
    const error = await failureOf(saveCsvFile(join(folder, 'out.csv'), table))
    expect(isAppFailure(error) && error.appError.message).toMatch(/isn't allowed/)
    expect(readdirSync(folder)).toEqual([])
  })
})
