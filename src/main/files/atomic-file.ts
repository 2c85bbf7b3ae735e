import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import { chmod, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Files we write hold account data; only the signed-in user should read them. */
export const PRIVATE_FILE_MODE = 0o600

/** A hidden file beside the target, so the final rename never crosses disks. */
export function tempPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  return join(dirname(target), `.${basename(target)}.${suffix}`)
}

/** Our temp names: `.NAME.<pid>-<12 hex>.tmp` (see tempPathFor). */
const ourTempName = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/
/** Past this age a temp file is stale even if its pid is running again (pids get reused). */
const staleAfterMs = 24 * 60 * 60 * 1000

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A temp file a killed write left behind: ours by name, and its writer gone or long done. */
function isStaleTemp(name: string, modifiedMs: () => number): boolean {
  const match = ourTempName.exec(name)
  if (!match) return false
  return !isRunning(Number(match[1])) || Date.now() - modifiedMs() > staleAfterMs
}

/**
 * A kill mid-write leaves the temp file (account data) behind; each write first removes such
 * leftovers in its folder. Best effort: a folder we cannot list is left as it is.
 */
async function sweepStaleTemps(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names) {
    if (!ourTempName.test(name)) continue
    const path = join(folder, name)
    const info = await stat(path).catch(() => null)
    if (info?.isFile() && isStaleTemp(name, () => info.mtimeMs)) {
      await rm(path, { force: true }).catch(() => undefined)
    }
  }
}

function sweepStaleTempsSync(folder: string): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    if (!ourTempName.test(name)) continue
    const path = join(folder, name)
    try {
      const info = statSync(path)
      if (info.isFile() && isStaleTemp(name, () => info.mtimeMs)) rmSync(path, { force: true })
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * Writes to a temp file in the same folder, then renames it over the target, so a crash or
 * a failure mid-write leaves the old file or the new one, never half of one (and no temp file).
 * `flush` forces the bytes to disk first: for files a person keeps, not for a cache. The temp
 * file is always private (0600); `mode` is applied to the finished file only.
 */
export async function writeFileAtomic(
  target: string,
  content: string | AsyncIterable<string>,
  options: { mode?: number; flush?: boolean } = {}
): Promise<void> {
  await sweepStaleTemps(dirname(target))
  const temp = tempPathFor(target)
  const mode = options.mode ?? PRIVATE_FILE_MODE
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    handle = await open(temp, 'wx', PRIVATE_FILE_MODE)
    if (typeof content === 'string') await handle.write(content, null, 'utf8')
    else for await (const chunk of content) await handle.write(chunk, null, 'utf8')
    if (options.flush) await handle.sync()
    await handle.close()
    handle = null
    await rename(temp, target)
    // Some drives (FAT, network shares) refuse modes; the file is saved all the same.
    if (mode !== PRIVATE_FILE_MODE) await chmod(target, mode).catch(() => undefined)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

/** For the settings file: also flushed to disk before the rename, so power loss cannot empty it. */
export function writeFileAtomicSync(target: string, data: string): void {
  sweepStaleTempsSync(dirname(target))
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
