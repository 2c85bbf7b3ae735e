import { nearLines, type AllowList, type AllowedFinding } from './allow-list'
import {
  severityRank,
  type Finding,
  type ParseError,
  type Severity,
  type TargetResult
} from './findings'

export interface Verdict {
  passed: boolean
  /** MEDIUM or higher and not on the allow-list: these fail the scan. */
  failures: Finding[]
  allowed: { finding: Finding; entry: AllowedFinding }[]
  belowThreshold: Finding[]
  blockingParseErrors: ParseError[]
  toleratedParseErrors: ParseError[]
  unusedEntries: AllowedFinding[]
  /** Targets in which the tool found nothing to read: a broken scan, not a clean app. */
  emptyTargets: string[]
}

export const failingSeverity = severityRank.MEDIUM

/**
 * The tool rates some settings low that security.md forbids outright: it reports an explicit
 * `nodeIntegration: true` as INFORMATIONAL (and hides it when `sandbox` is set), and Blink or
 * experimental features as LOW. Here any of them fails the scan.
 */
export const raisedSeverity: Record<string, Severity> = {
  NODE_INTEGRATION_JS_CHECK: 'HIGH',
  NODE_INTEGRATION_HTML_CHECK: 'HIGH',
  BLINK_FEATURES_JS_CHECK: 'MEDIUM',
  BLINK_FEATURES_HTML_CHECK: 'MEDIUM',
  EXPERIMENTAL_FEATURES_JS_CHECK: 'MEDIUM',
  EXPERIMENTAL_FEATURES_HTML_CHECK: 'MEDIUM'
}

function withPolicySeverity(finding: Finding): Finding {
  const raised = raisedSeverity[finding.check]
  if (!raised || severityRank[raised] <= severityRank[finding.severity]) return finding
  return { ...finding, severity: raised, toolSeverity: finding.severity }
}

/** Reads a file of the scanned target as lines; undefined when it can't be read. */
export type ReadLines = (file: string) => string[] | undefined

/** `*` stands for any characters within one path segment (bundles carry content hashes). */
function fileMatches(pattern: string, file: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('[^/]*')}$`).test(file)
}

function entryMatches(entry: AllowedFinding, finding: Finding, readLines: ReadLines): boolean {
  if (entry.check !== finding.check) return false
  if (!entry.files.some((pattern) => fileMatches(pattern, finding.file))) return false
  const lines = readLines(finding.file)
  if (!lines) return false
  const from = Math.max(0, finding.line - 1 - nearLines)
  return lines.slice(from, finding.line + nearLines).some((line) => line.includes(entry.near))
}

/** Applies the policy: MEDIUM+ fails unless allow-listed; parse errors the tool can't tolerate fail. */
export function judge(
  results: TargetResult[],
  allowList: AllowList,
  readLines: ReadLines
): Verdict {
  const verdict: Verdict = {
    passed: false,
    failures: [],
    allowed: [],
    belowThreshold: [],
    blockingParseErrors: [],
    toleratedParseErrors: [],
    unusedEntries: [],
    emptyTargets: results.filter((result) => result.filesScanned === 0).map((r) => r.label)
  }
  const used = new Set<AllowedFinding>()
  for (const finding of results.flatMap((result) => result.findings).map(withPolicySeverity)) {
    if (severityRank[finding.severity] < failingSeverity) {
      verdict.belowThreshold.push(finding)
      continue
    }
    const entry = allowList.findings.find((candidate) =>
      entryMatches(candidate, finding, readLines)
    )
    if (entry) {
      used.add(entry)
      verdict.allowed.push({ finding, entry })
    } else {
      verdict.failures.push(finding)
    }
  }
  for (const error of results.flatMap((result) => result.parseErrors)) {
    const excused = allowList.parseErrors.some((entry) => entry.file === error.file)
    if (error.tolerable || excused) verdict.toleratedParseErrors.push(error)
    else verdict.blockingParseErrors.push(error)
  }
  verdict.unusedEntries = allowList.findings.filter((entry) => !used.has(entry))
  verdict.passed =
    verdict.failures.length === 0 &&
    verdict.blockingParseErrors.length === 0 &&
    verdict.emptyTargets.length === 0
  return verdict
}
