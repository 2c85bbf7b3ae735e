import Conf from 'conf'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { LogFields, Logger } from '../../../src/main/logging/logger'
import { openSettings, type OpenSettingsOptions } from '../../../src/main/storage/index'
import type { SecretCipher } from '../../../src/main/storage/secret-cipher'

/** A fresh folder per test, removed afterwards. */
export function useTempDirs(): () => string {
  const made: string[] = []
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'headcount-storage-'))
    made.push(dir)
    return dir
  }
}

export const createConf: OpenSettingsOptions['createStore'] = (options) => new Conf(options)

export function openWith(
  dir: string,
  cipher: SecretCipher,
  logger?: Logger
): ReturnType<typeof openSettings> {
  return openSettings({ dir, createStore: createConf, cipher, logger })
}

/** Records every log call so tests can search them for secrets. */
export function recordingLogger(): Logger & { lines: { message: string; fields?: LogFields }[] } {
  const lines: { message: string; fields?: LogFields }[] = []
  const record = (message: string, fields?: LogFields): void => {
    lines.push({ message, fields })
  }
  return { lines, debug: record, info: record, warn: record, error: record }
}

export const validProfile = {
  name: 'Riverside Food Bank',
  accountId: 'AbC123_-xyz',
  clientId: 'clientXYZ987',
  plan: 'pro'
} as const
