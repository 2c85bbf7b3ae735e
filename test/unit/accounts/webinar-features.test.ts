import { describe, expect, it } from 'vitest'
import {
  checkFeatures,
  featureRequirements,
  recommendedScopes
} from '../../../src/shared/accounts/feature-access'
import { endpoints, HEADCOUNT_SCOPES } from '../../../src/main/simulator/index'

const webinarEndpoints = Object.values(endpoints).filter((e) => /webinar/i.test(e.path))
const check = (granted: string[], id: string): ReturnType<typeof checkFeatures>[number] =>
  checkFeatures(granted, new Set()).find((f) => f.id === id) as ReturnType<
    typeof checkFeatures
  >[number]

describe('webinar features in the scope checklist', () => {
  it('are allowed with every scope Headcount asks for (the demo grants those)', () => {
    for (const feature of checkFeatures(HEADCOUNT_SCOPES, new Set()))
      expect(feature, feature.id).toMatchObject({ allowed: true, missingScopes: [] })
  })

  it('ask for the admin scope of each webinar endpoint, as the simulator enforces them', () => {
    expect(webinarEndpoints).toHaveLength(9)
    for (const endpoint of webinarEndpoints) {
      const admin = endpoint.scopes.find((scope) => scope.endsWith(':admin')) as string
      expect(recommendedScopes, endpoint.path).toContain(admin)
    }
  })

  it('accept the classic scopes of apps made before 2024', () => {
    expect(check(['webinar:read:admin'], 'webinars').allowed).toBe(true)
    expect(check(['webinar:read'], 'webinars').allowed).toBe(true)
    expect(check(['report:read:admin'], 'webinar-reports').allowed).toBe(true)
  })

  it('name exactly the granular scope that is missing', () => {
    const granted = HEADCOUNT_SCOPES.filter((s) => s !== 'webinar:read:list_absentees:admin')
    expect(check(granted, 'webinars')).toMatchObject({
      allowed: false,
      missingScopes: ['webinar:read:list_absentees:admin']
    })
    const meetingOnly = HEADCOUNT_SCOPES.filter((s) => !s.includes('webinar'))
    expect(check(meetingOnly, 'webinars').missingScopes).toHaveLength(7)
    expect(check(meetingOnly, 'webinar-reports').missingScopes).toEqual([
      'report:read:webinar:admin',
      'report:read:list_webinar_participants:admin'
    ])
    // Meeting features do not depend on webinar scopes.
    expect(check(meetingOnly, 'reports').allowed).toBe(true)
  })

  it('are marked as needing a paid plan once Zoom says so', () => {
    expect(featureRequirements.find((f) => f.id === 'webinars')?.paid).toBe(true)
    const refused = checkFeatures(HEADCOUNT_SCOPES, new Set(['webinars'] as const))
    expect(refused.find((f) => f.id === 'webinars')).toMatchObject({
      allowed: false,
      needsPaidPlan: true
    })
  })
})
