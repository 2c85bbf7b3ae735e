import { describe, expect, it } from 'vitest'
import type { AllowList } from '../../security/electronegativity/allow-list'
import type { Finding, TargetResult } from '../../security/electronegativity/findings'
import { judge } from '../../security/electronegativity/judge'

function finding(overrides: Partial<Finding>): Finding {
  return {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'TENTATIVE',
    file: 'src/a.ts',
    line: 20,
    column: 0,
    description: 'Review the use of openExternal',
    manualReview: true,
    ...overrides
  }
}

function target(
  findings: Finding[],
  parseErrors: TargetResult['parseErrors'] = []
): TargetResult[] {
  return [{ label: 'src', filesScanned: 3, findings, parseErrors }]
}

const reason = 'Reviewed: the URL is checked against the allow-listed Zoom hosts first.'
// Line n of the fake file says `line n`; line 9 holds the guard.
const lines = Array.from({ length: 40 }, (_, i) =>
  i + 1 === 9 ? 'if (isSafe(url))' : `line ${i + 1}`
)
const readLines = (): string[] => lines

function allowNear(near: string): AllowList {
  return {
    findings: [{ check: 'OPEN_EXTERNAL_JS_CHECK', files: ['src/a.ts'], near, reason }],
    parseErrors: []
  }
}

describe('judging Electronegativity findings', () => {
  it('allows a finding whose entry text is within 10 lines, and no further', () => {
    expect(judge(target([finding({ line: 19 })]), allowNear('isSafe'), readLines).passed).toBe(true)
    const tooFar = judge(target([finding({ line: 20 })]), allowNear('isSafe'), readLines)
    expect(tooFar.passed).toBe(false)
    expect(tooFar.failures).toHaveLength(1)
  })

  it('does not let an entry for one file excuse the same check in another', () => {
    const verdict = judge(
      target([finding({ file: 'src/b.ts', line: 9 })]),
      allowNear('isSafe'),
      readLines
    )
    expect(verdict.failures).toHaveLength(1)
  })

  it('matches hashed bundle names with *, within one path segment only', () => {
    const allowList: AllowList = {
      findings: [
        {
          check: 'OPEN_EXTERNAL_JS_CHECK',
          files: ['out/assets/index-*.js'],
          near: 'isSafe',
          reason
        }
      ],
      parseErrors: []
    }
    const hashed = finding({ file: 'out/assets/index-HnJf3b8f.js', line: 9 })
    expect(judge(target([hashed]), allowList, readLines).passed).toBe(true)
    const deeper = finding({ file: 'out/assets/index-x/evil.js', line: 9 })
    expect(judge(target([deeper]), allowList, readLines).passed).toBe(false)
  })

  it('lets LOW and INFORMATIONAL findings through as notes', () => {
    const verdict = judge(
      target([finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' })]),
      { findings: [], parseErrors: [] },
      readLines
    )
    expect(verdict.passed).toBe(true)
    expect(verdict.belowThreshold).toHaveLength(1)
  })

  it('rates explicit Node integration HIGH even though the tool says INFORMATIONAL', () => {
    const verdict = judge(
      target([finding({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'INFORMATIONAL' })]),
      { findings: [], parseErrors: [] },
      readLines
    )
    expect(verdict.passed).toBe(false)
    expect(verdict.failures[0]).toMatchObject({ severity: 'HIGH', toolSeverity: 'INFORMATIONAL' })
  })

  it('tolerates parse errors the tool worked around, and fails on the others', () => {
    const verdict = judge(
      target(
        [],
        [
          { file: 'src/ok.ts', message: 'warning', tolerable: true },
          { file: 'src/new-syntax.ts', message: 'Unexpected token', tolerable: false }
        ]
      ),
      { findings: [], parseErrors: [] },
      readLines
    )
    expect(verdict.toleratedParseErrors.map((e) => e.file)).toEqual(['src/ok.ts'])
    expect(verdict.blockingParseErrors.map((e) => e.file)).toEqual(['src/new-syntax.ts'])
    expect(verdict.passed).toBe(false)
  })
})
