import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  openSync,
  promises as fsp,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Files we write hold account data; only the signed-in user should read them. */
export const PRIVATE_FILE_MODE = 0o600

function tempPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  return join(dirname(target), `.${basename(target)}.${suffix}`)
}

/**
 * Write to a temp file in the same folder, then rename over the target, so a crash mid-write
 * leaves either the old file or the new one, never half of one. Not fsynced: used for the
 * meeting cache, where a lost entry is only a cache miss.
 */
export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const temp = tempPathFor(target)
  try {
    await fsp.writeFile(temp, data, { encoding: 'utf8', mode: PRIVATE_FILE_MODE })
    await fsp.rename(temp, target)
  } catch (error) {
    await fsp.rm(temp, { force: true })
    throw error
  }
}

/** For the settings file: also flushed to disk before the rename, so power loss cannot empty it. */
export function writeFileAtomicSync(target: string, data: string): void {
  const temp = tempPathFor(target)
  let fd: number | null = null
  try {
    fd = openSync(temp, 'wx', PRIVATE_FILE_MODE)
    writeSync(fd, data, null, 'utf8')
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(temp, target)
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
}

/** An ISO timestamp without ':' so it is a valid file name on Windows too. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-')
}
