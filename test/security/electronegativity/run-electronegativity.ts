import { Module, createRequire } from 'node:module'
import { sep } from 'node:path'
import type { Finding, ParseError, Severity } from './findings'

interface RawIssue {
  id: string
  file: string
  location: { line: number; column: number }
  description: string
  severity: { name: Severity }
  confidence: { name: string }
  manualReview: boolean
}

interface RawResult {
  issues: RawIssue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}

type Runner = (options: Record<string, unknown>) => Promise<RawResult>

const requireHere = createRequire(import.meta.url)
const runnerPath = requireHere.resolve('@doyensec/electronegativity/dist/runner.js')

// The tool fetches translations and Electron release lists over the network on every run.
// Scans must be offline and repeatable, so its HTTP client answers "not found" instead.
function installOfflineHttpClient(): void {
  const gotPath = createRequire(runnerPath).resolve('got')
  const notFound = async (): Promise<{ statusCode: number; body: string }> => ({
    statusCode: 404,
    body: ''
  })
  const offline = new Module(gotPath)
  offline.filename = gotPath
  offline.loaded = true
  offline.exports = Object.assign(notFound, { head: notFound, get: notFound })
  requireHere.cache[gotPath] = offline
}

let runner: Runner | null = null
function loadRunner(): Runner {
  if (!runner) {
    installOfflineHttpClient()
    runner = requireHere(runnerPath) as Runner
  }
  return runner
}

// This check downloads Electron's release list from GitHub; staying current is
// enforced by keeping the electron devDependency up to date instead.
const networkChecks = ['AvailableSecurityFixesGlobalCheck']

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

/**
 * Runs every Electronegativity check over `dir`. `pathFor` maps a scanned file back to the
 * path people know it by (scans of staged copies report the original file).
 */
export async function runElectronegativity(options: {
  dir: string
  electronVersion: string
  pathFor: (scannedFile: string) => string
}): Promise<{ findings: Finding[]; parseErrors: ParseError[] }> {
  const result = await loadRunner()({
    input: options.dir,
    electronVersionOverride: options.electronVersion,
    excludeFromScan: networkChecks,
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: false
  })
  const findings = result.issues.map((issue): Finding => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : toPosix(options.pathFor(issue.file)),
    line: issue.location.line,
    column: issue.location.column,
    description: issue.description,
    manualReview: issue.manualReview
  }))
  const parseErrors = result.errors.map((error): ParseError => ({
    file: toPosix(options.pathFor(error.file)),
    message: error.message,
    tolerable: error.tolerable
  }))
  return { findings, parseErrors }
}

/** The Electron version the app is built with, so the tool judges today's defaults. */
export function installedElectronVersion(projectDir: string): string {
  const manifest = createRequire(`${projectDir}/package.json`)('electron/package.json') as {
    version: string
  }
  return manifest.version
}
