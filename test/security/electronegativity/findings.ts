/** What Electronegativity reported, in our own words and with project-relative paths. */
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'

export const severityRank: Record<Severity, number> = {
  INFORMATIONAL: 0,
  LOW: 1,
  MEDIUM: 2,
  HIGH: 3
}

export interface Finding {
  check: string
  severity: Severity
  confidence: string
  /** Relative to the project root, with forward slashes: `out/main/index.js`. */
  file: string
  line: number
  column: number
  description: string
  manualReview: boolean
  /** Set when our policy rated the finding higher than the tool did. */
  toolSeverity?: Severity
}

export interface ParseError {
  file: string
  message: string
  /** The tool's own verdict: tolerable errors still let it check the rest of the file. */
  tolerable: boolean
}

export interface TargetResult {
  label: string
  filesScanned: number
  findings: Finding[]
  parseErrors: ParseError[]
}
