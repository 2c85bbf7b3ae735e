import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAppFailure } from '../../../src/shared/app-error'
import { fileWriteFailure } from '../../../src/main/files/file-error-sentences'
import { saveCsvFile } from '../../../src/main/csv'
import { quotaFileStore } from '../../../src/main/scheduling/quota-file'
import { createSettingsRepo } from '../../../src/main/storage/settings-repo'
import type { SettingsData } from '../../../src/main/storage/settings-schema'
import type { Logger } from '../../../src/main/logging/logger'

// Every file Headcount writes (exports, settings, the quota file) fails with the same sentences:
// the problem in plain words, and a fix that fits who chose the place.

let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'file-sentences-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const errno = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: failed, open '/somewhere'`), { code })

describe('file write sentences', () => {
  it('say the same problem for an export and for Headcount’s own files, with fitting fixes', () => {
    for (const code of ['ENOENT', 'EACCES', 'EROFS', 'EPERM', 'EBUSY', 'EISDIR', 'ENOSPC']) {
      const chosen = fileWriteFailure(errno(code), '/docs/out.csv', 'chosen').appError
      const own = fileWriteFailure(errno(code), '/data/out.csv', 'headcount').appError
      expect(chosen.code).toBe('file')
      expect(own.code).toBe('storage')
      expect(own.message.startsWith(chosen.message)).toBe(true)
      expect(own.message).toContain('/data')
      expect(chosen.remedy).toBeTruthy()
      expect(own.remedy).toBeTruthy()
      expect(own.remedy).not.toMatch(/Documents|choose/i)
    }
  })

  it('the settings file: a full disk is told as such, naming the folder', () => {
    const conf = {
      path: join(folder, 'config.json'),
      get store(): SettingsData {
        return { version: 1, profiles: [] } as unknown as SettingsData
      },
      set store(_value: SettingsData) {
        throw errno('ENOSPC')
      }
    }
    const repo = createSettingsRepo(conf)
    let failure: unknown
    try {
      repo.update(() => undefined)
    } catch (error) {
      failure = error
    }
    expect(isAppFailure(failure) && failure.appError).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/disk is full, so "config\.json" couldn't be saved.*Folder:/)
    })
  })

  it('an export into a folder that is really a file gets the same kind of sentence', async () => {
    const target = join(folder, 'taken')
    await mkdir(target)
    await expect(saveCsvFile(target, { headers: ['a'], rows: [] })).rejects.toMatchObject({
      appError: { code: 'file', message: '"taken" is a folder, not a file.' }
    })
  })

  it('the quota file logs the sentence (its loss only costs an estimate)', async () => {
    const warnings: unknown[] = []
    const logger = { warn: (_m: string, data: unknown) => warnings.push(data) } as unknown as Logger
    const path = join(folder, 'counts')
    await mkdir(path)
    quotaFileStore(path, logger).save({ a: 1 })
    await expect.poll(() => warnings).toHaveLength(1)
    expect(warnings[0]).toEqual({ reason: expect.stringMatching(/"counts" is a folder/) })
  })
})
