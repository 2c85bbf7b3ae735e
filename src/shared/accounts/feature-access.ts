import type { FeatureCheck } from '../ipc/contracts/accounts-contract'

type FeatureId = FeatureCheck['id']

/**
 * What each Headcount feature needs from the Server-to-Server app. Each inner list is one
 * requirement that any of its scopes satisfies (granular admin, granular user-level, or the
 * classic scope of apps made before 2024); the first is the one we ask admins to add.
 */
export const featureRequirements: Array<{
  id: FeatureId
  label: string
  needs: string[][]
  /** Zoom serves this only to paid (Pro or higher) accounts. */
  paid: boolean
}> = [
  {
    id: 'users',
    label: 'List your Zoom users',
    needs: [['user:read:list_users:admin', 'user:read:admin']],
    paid: false
  },
  {
    id: 'meetings',
    label: 'List meetings',
    needs: [
      [
        'meeting:read:list_meetings:admin',
        'meeting:read:list_meetings',
        'meeting:read:admin',
        'meeting:read'
      ],
      ['meeting:read:meeting:admin', 'meeting:read:meeting', 'meeting:read:admin', 'meeting:read']
    ],
    paid: false
  },
  {
    id: 'attendance',
    label: 'See who attended past meetings',
    needs: [
      [
        'meeting:read:past_meeting:admin',
        'meeting:read:past_meeting',
        'meeting:read:admin',
        'meeting:read'
      ],
      [
        'meeting:read:list_past_instances:admin',
        'meeting:read:list_past_instances',
        'meeting:read:admin',
        'meeting:read'
      ],
      [
        'meeting:read:list_past_participants:admin',
        'meeting:read:list_past_participants',
        'meeting:read:admin',
        'meeting:read'
      ]
    ],
    paid: true
  },
  {
    id: 'registrants',
    label: 'See who registered',
    needs: [
      [
        'meeting:read:list_registrants:admin',
        'meeting:read:list_registrants',
        'meeting:read:admin',
        'meeting:read'
      ]
    ],
    paid: false
  },
  {
    id: 'reports',
    label: 'Attendance reports with minutes per person',
    needs: [
      ['report:read:user:admin', 'report:read:admin'],
      ['report:read:meeting:admin', 'report:read:admin'],
      ['report:read:list_meeting_participants:admin', 'report:read:admin']
    ],
    paid: true
  },
  {
    id: 'webinars',
    label: 'List webinars, their registrants, panelists, attendees and absentees',
    // Classic webinar:read:admin / webinar:read cover all of these; granular apps need each one.
    needs: [
      'list_webinars',
      'webinar',
      'list_registrants',
      'list_panelists',
      'list_past_instances',
      'list_past_participants',
      'list_absentees'
    ].map((object) => [
      `webinar:read:${object}:admin`,
      `webinar:read:${object}`,
      'webinar:read:admin',
      'webinar:read'
    ]),
    // Webinars need a paid plan with the Webinar add-on.
    paid: true
  },
  {
    id: 'webinar-reports',
    label: 'Webinar attendance reports with minutes per person',
    needs: [
      ['report:read:webinar:admin', 'report:read:admin'],
      ['report:read:list_webinar_participants:admin', 'report:read:admin']
    ],
    paid: true
  },
  {
    id: 'create-user',
    label: 'Add users',
    needs: [['user:write:user:admin', 'user:write:admin']],
    paid: false
  },
  {
    id: 'create-meeting',
    label: 'Schedule meetings',
    needs: [
      [
        'meeting:write:meeting:admin',
        'meeting:write:meeting',
        'meeting:write:admin',
        'meeting:write'
      ]
    ],
    paid: false
  }
]

/** Every scope Headcount asks for, for the guided setup's checklist. */
export const recommendedScopes: string[] = [
  ...new Set(
    featureRequirements.flatMap((feature) => feature.needs.map((options) => options[0] ?? ''))
  )
]

/**
 * Which features the granted scopes allow. `paidPlanMissing` lists the features Zoom has
 * already refused with "only available for paid account" (code 200).
 */
export function checkFeatures(
  granted: readonly string[],
  paidPlanMissing: ReadonlySet<FeatureId>
): FeatureCheck[] {
  const have = new Set(granted)
  return featureRequirements.map((feature) => {
    const missingScopes = feature.needs
      .filter((options) => !options.some((scope) => have.has(scope)))
      .map((options) => options[0] ?? '')
    const needsPaidPlan = feature.paid && paidPlanMissing.has(feature.id)
    return {
      id: feature.id,
      label: feature.label,
      allowed: missingScopes.length === 0 && !needsPaidPlan,
      missingScopes: [...new Set(missingScopes)],
      needsPaidPlan
    }
  })
}
