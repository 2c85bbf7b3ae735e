/**
 * The programmes offered ready-made on the Programmes screen: a one-time onboarding session,
 * and a course where most sessions are needed. The admin fills in which meetings they cover.
 */
export interface ProgrammeRuleShape {
  kind: 'sessions' | 'distinct'
  minSessions: number
  minPercent: number
}

export interface ProgrammePreset {
  key: 'onboarding' | 'course'
  label: string
  name: string
  topic: string
  rule: ProgrammeRuleShape
  /** For a course: how many sessions it has, said in the label. */
  sessions?: number
}

export const programmePresets: readonly ProgrammePreset[] = [
  {
    key: 'onboarding',
    label: 'Onboarding: any 1 session at ≥ 75%',
    name: 'Onboarding',
    topic: 'Onboarding',
    rule: { kind: 'sessions', minSessions: 1, minPercent: 75 }
  },
  {
    key: 'course',
    label: 'Course: ≥ 6 of 8 sessions at ≥ 50%',
    name: 'Course',
    topic: '',
    rule: { kind: 'distinct', minSessions: 6, minPercent: 50 },
    sessions: 8
  }
]

/** The rule in plain words, as the screen and the CSV header note say it. */
export function describeRule(rule: ProgrammeRuleShape): string {
  const sessions = rule.minSessions === 1 ? '1 session' : `${rule.minSessions} sessions`
  const which =
    rule.kind === 'distinct' ? `${sessions} of the programme's sessions` : `any ${sessions}`
  return `${which}, each at ≥ ${rule.minPercent}%`
}
