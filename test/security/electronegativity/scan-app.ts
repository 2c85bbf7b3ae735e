import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { AllowList } from './allow-list'
import type { TargetResult } from './findings'
import { judge, type Verdict } from './judge'
import { runElectronegativity } from './run-electronegativity'
import { stageTarget, type ScanTarget } from './stage-target'

export interface ScanReport {
  electronVersion: string
  results: TargetResult[]
  verdict: Verdict
}

/** Scans each target with Electronegativity and judges the findings against the allow-list. */
export async function scanApp(options: {
  /** Paths in findings and in the allow-list are relative to this folder. */
  root: string
  targets: ScanTarget[]
  allowList: AllowList
  electronVersion: string
}): Promise<ScanReport> {
  const results: TargetResult[] = []
  for (const target of options.targets) {
    const staged = stageTarget(options.root, target)
    try {
      const { findings, parseErrors } = await runElectronegativity({
        dir: staged.dir,
        electronVersion: options.electronVersion,
        pathFor: staged.originalOf
      })
      results.push({
        label: target.label,
        filesScanned: staged.filesScanned,
        findings,
        parseErrors
      })
    } finally {
      rmSync(staged.dir, { recursive: true, force: true })
    }
  }
  const readLines = (file: string): string[] | undefined => {
    try {
      return readFileSync(join(options.root, file), 'utf8').split('\n')
    } catch {
      return undefined
    }
  }
  return {
    electronVersion: options.electronVersion,
    results,
    verdict: judge(results, options.allowList, readLines)
  }
}
