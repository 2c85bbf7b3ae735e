import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Files we write hold account data; only the signed-in user should read them. */
export const PRIVATE_FILE_MODE = 0o600

/** A hidden file beside the target, so the final rename never crosses disks. */
export function tempPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  return join(dirname(target), `.${basename(target)}.${suffix}`)
}

/**
 * Writes to a temp file in the same folder, then renames it over the target, so a crash or
 * a failure mid-write leaves the old file or the new one, never half of one (and no temp file).
 * `flush` forces the bytes to disk first: for files a person keeps, not for a cache.
 */
export async function writeFileAtomic(
  target: string,
  content: string | AsyncIterable<string>,
  options: { mode?: number; flush?: boolean } = {}
): Promise<void> {
  const temp = tempPathFor(target)
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    handle = await open(temp, 'wx', options.mode ?? PRIVATE_FILE_MODE)
    if (typeof content === 'string') await handle.write(content, null, 'utf8')
    else for await (const chunk of content) await handle.write(chunk, null, 'utf8')
    if (options.flush) await handle.sync()
    await handle.close()
    handle = null
    await rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, { force: true }).catch(() => undefined)
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
