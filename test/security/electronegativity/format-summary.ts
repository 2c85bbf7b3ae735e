import type { Finding, ParseError } from './findings'
import type { ScanReport } from './scan-app'

function where(finding: Finding): string {
  const raised = finding.toolSeverity ? ` (the tool says ${finding.toolSeverity})` : ''
  return `${finding.file}:${finding.line}:${finding.column}${raised}`
}

function countByCheck(findings: Finding[]): string {
  const counts = new Map<string, number>()
  for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1)
  return [...counts].map(([check, count]) => `${check} ×${count}`).join(', ')
}

function parseErrorLine(error: ParseError): string {
  return `  ${error.file}: ${error.message.split('\n')[0]}`
}

/** A plain-text report: what was scanned, what fails and how to fix it, what was let through. */
export function formatSummary(report: ScanReport, allowListPath: string): string {
  const { verdict } = report
  const out: string[] = [
    `Electronegativity security scan (judged as Electron ${report.electronVersion})`
  ]
  for (const result of report.results) {
    out.push(`  ${result.label}: ${result.filesScanned} files, ${result.findings.length} findings`)
  }
  out.push('')
  if (verdict.emptyTargets.length > 0) {
    out.push(`FAIL: nothing was scanned in ${verdict.emptyTargets.join(', ')}.`)
    out.push('  Run `npm run build` so out/ exists, then run the scan again.')
  }
  if (verdict.failures.length > 0) {
    out.push(
      `FAIL: ${verdict.failures.length} finding(s) at MEDIUM or above are not on the allow-list:`
    )
    for (const finding of verdict.failures) {
      out.push(`  ${finding.severity} ${finding.check} at ${where(finding)}`)
      out.push(`    ${finding.description}`)
    }
    out.push(`  Fix the code. If a finding is a false positive, add an entry with the reason it is`)
    out.push(`  safe to ${allowListPath}.`)
  }
  if (verdict.blockingParseErrors.length > 0) {
    out.push(
      `FAIL: ${verdict.blockingParseErrors.length} file(s) could not be read by the scanner:`
    )
    out.push(...verdict.blockingParseErrors.map(parseErrorLine))
    out.push('  Its TypeScript parser is old; avoid the newest syntax there, or, if out/ (also')
    out.push(
      `  scanned) covers that code, add a "parseErrors" entry with a reason to ${allowListPath}.`
    )
  }
  if (verdict.allowed.length > 0) {
    out.push(`Allowed by the allow-list (${verdict.allowed.length}):`)
    for (const { finding } of verdict.allowed) {
      out.push(`  ${finding.severity} ${finding.check} at ${where(finding)}`)
    }
  }
  if (verdict.belowThreshold.length > 0) {
    out.push(`Below MEDIUM, not blocking: ${countByCheck(verdict.belowThreshold)}`)
  }
  if (verdict.toleratedParseErrors.length > 0) {
    out.push('Parse problems the scan could work around:')
    out.push(...verdict.toleratedParseErrors.map(parseErrorLine))
  }
  for (const entry of verdict.unusedEntries) {
    out.push(
      `Note: allow-list entry ${entry.check} near "${entry.near}" matched nothing; remove it.`
    )
  }
  out.push('')
  out.push(
    verdict.passed
      ? 'PASSED: no finding at MEDIUM or above outside the allow-list, and every file was read.'
      : 'FAILED: see the lines starting with FAIL above.'
  )
  return out.join('\n')
}
