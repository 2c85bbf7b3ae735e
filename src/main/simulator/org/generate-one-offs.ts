import type { MeetingPlanner } from './meeting-planner'
import type { QuirkTag } from './quirks'
import { dayMs, hourMs, minuteMs, startOfUtcDay } from './time'

// topic, days ago (negative = upcoming), distinct attendees, approval type (0 auto, 1 manual)
const events: [string, number, number, 0 | 1][] = [
  ['Spring Fundraising Kickoff', 150, 60, 0],
  ['Volunteer Appreciation Night', 120, 300, 0],
  ['Donor Information Session', 75, 35, 0],
  ['Grant Writing Workshop', 45, 25, 1],
  ['Community Town Hall', 20, 110, 0],
  ['Youth Mentoring Info Night', 9, 40, 0],
  ['Fall Volunteer Orientation', -30, 0, 0],
  ['Year-End Giving Webinar', -50, 0, 1]
]
const extraTopics = [
  'Check-in',
  'Planning Session',
  'Volunteer Training',
  'Partner Call',
  'Committee'
]

/** One-off events with registration, the special quirk meetings, then benchmark extras. */
export function planOneOffMeetings(plan: MeetingPlanner, extra: number): void {
  const today = startOfUtcDay(plan.now)
  events.forEach(([topic, daysAgo, attendees, approval], index) => {
    const tags: QuirkTag[] = []
    if (attendees >= 300) tags.push('big-meeting')
    if (approval === 1 && daysAgo > 0) tags.push('manual-approval')
    if (topic === 'Fall Volunteer Orientation') tags.push('upcoming-registration')
    plan.add(
      {
        hostId: plan.host(index + 5).id,
        topic,
        type: 2,
        kind: 'event',
        duration: 90,
        starts: [today - daysAgo * dayMs + 23 * hourMs],
        settings: { approval_type: approval, waiting_room: attendees > 100 },
        attendees: () => attendees
      },
      tags
    )
  })

  const minute = Math.floor(plan.now / minuteMs) * minuteMs
  const special = (topic: string, start: number, attendees: number, tag: QuirkTag): void => {
    plan.add(
      {
        hostId: plan.host(6).id,
        topic,
        type: 2,
        kind: 'special',
        duration: 60,
        starts: [start],
        attendees: () => attendees
      },
      [tag]
    )
  }
  special('Open Office Hours', today - 3 * dayMs + 20 * hourMs, 1, 'one-person')
  // Ends 3-23 minutes before `now`: inside the default 30-minute report delay.
  special('Board Prep Call', minute - 75 * minuteMs, 6, 'report-pending')
  special('Volunteer Drop-in', minute - 20 * minuteMs, 8, 'live')
  plan.add(
    {
      hostId: plan.host(7).id,
      topic: 'Mentor Chat Room',
      type: 3,
      kind: 'special',
      duration: 60,
      starts: [40, 25, 12].map((days) => today - days * dayMs + 19 * hourMs),
      attendees: (_i, r) => r.int(5, 8)
    },
    ['no-fixed-time']
  )

  for (let index = 0; index < extra; index += 1) {
    plan.add({
      hostId: plan.host(index).id,
      topic: `${plan.rng.pick(extraTopics)} #${index + 1}`,
      type: 2,
      kind: 'extra',
      duration: plan.rng.pick([30, 45, 60, 90]),
      starts: [today - plan.rng.int(1, 178) * dayMs + plan.rng.int(13, 22) * hourMs],
      attendees: (_i, r) => r.int(5, 40)
    })
  }
}
