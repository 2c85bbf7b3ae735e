// `npm run size:app` (after `npm run build`): packs the app folder for Linux the way the
// installers are made (real electron-builder, stand-in Electron) and prints how big app.asar is,
// compressed too, and which packages weigh most. The Electron runtime itself is not counted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { packLinuxDir } from '../test/support/packaging/pack-linux-dir'
import { requireBuiltApp, requireFromProject } from '../test/support/packaging/project-files'

interface AsarEntry {
  files?: Record<string, AsarEntry>
  size?: number
}

const asar = requireFromProject('@electron/asar') as {
  getRawHeader(archive: string): { header: AsarEntry }
}

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`

function folderSize(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((total, name) => total + folderSize(join(path, name)), 0)
}

/** Bytes per npm package (or per out/ folder) inside the archive. */
function sizeByPart(entry: AsarEntry, path: string[] = [], sizes = new Map<string, number>()) {
  if (entry.files) {
    for (const [name, child] of Object.entries(entry.files))
      sizeByPart(child, [...path, name], sizes)
    return sizes
  }
  const modules = path.lastIndexOf('node_modules')
  const scoped = path[modules + 1]?.startsWith('@') ? 2 : 1
  const part =
    modules >= 0
      ? path.slice(modules + 1, modules + 1 + scoped).join('/')
      : path.slice(0, 2).join('/')
  sizes.set(part, (sizes.get(part) ?? 0) + (entry.size ?? 0))
  return sizes
}

async function main(): Promise<void> {
  requireBuiltApp()
  const output = mkdtempSync(join(tmpdir(), 'headcount-size-'))
  const app = await packLinuxDir(output)
  try {
    const archiveBytes = statSync(app.archive).size
    const gzipped = gzipSync(readFileSync(app.archive), { level: 9 }).length
    const parts = [...sizeByPart(asar.getRawHeader(app.archive).header)].sort((a, b) => b[1] - a[1])
    console.log('Largest parts of app.asar:')
    for (const [part, bytes] of parts.slice(0, 12))
      console.log(`  ${part.padEnd(28)} ${megabytes(bytes)}`)
    console.log(`resources folder: ${megabytes(folderSize(join(app.appDir, 'resources')))}`)
    console.log(
      `app.asar: ${megabytes(archiveBytes)} (${archiveBytes} bytes), ${megabytes(gzipped)} gzipped`
    )
  } finally {
    rmSync(output, { recursive: true, force: true })
    rmSync(app.electronDist, { recursive: true, force: true })
  }
}

await main()
