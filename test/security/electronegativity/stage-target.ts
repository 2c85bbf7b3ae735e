import { cpSync, mkdtempSync, readdirSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'

export interface ScanTarget {
  label: string
  /** Files or folders under the scan root that make up the target. */
  include: string[]
  /** Paths under the scan root to leave out. */
  exclude?: string[]
}

export interface StagedTarget {
  dir: string
  filesScanned: number
  /** The path relative to the target root of a file the tool scanned in the staged copy. */
  originalOf: (scannedFile: string) => string
}

// The tool only reads .js/.jsx/.ts/.tsx/.html and package.json, so a copy is made in which
// .cjs/.mjs files (our sandboxed preload is one) become .js and do get checked.
const renamedExtension = /\.(cjs|mjs)$/
const scannedExtension = /\.(js|jsx|ts|tsx|html|htm)$/

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Copies a target out of `root`; findings are then reported relative to `root`. */
export function stageTarget(root: string, target: ScanTarget): StagedTarget {
  const dir = mkdtempSync(join(tmpdir(), 'headcount-scan-'))
  const excluded = (target.exclude ?? []).map((path) => join(root, path))
  for (const entry of target.include) {
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (source) => !excluded.some((path) => source === path || source.startsWith(`${path}/`))
    })
  }
  const renamed = new Map<string, string>()
  let filesScanned = 0
  for (const file of listFiles(dir)) {
    if (renamedExtension.test(file)) {
      const scannedAs = `${file}.js`
      renameSync(file, scannedAs)
      renamed.set(scannedAs, file)
      filesScanned += 1
    } else if (scannedExtension.test(file) || basename(file) === 'package.json') {
      filesScanned += 1
    }
  }
  return {
    dir,
    filesScanned,
    originalOf: (scannedFile) => relative(dir, renamed.get(scannedFile) ?? scannedFile)
  }
}
