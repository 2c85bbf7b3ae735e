import { planOneOffMeetings } from './generate-one-offs'
import { MeetingPlanner } from './meeting-planner'
import type { QuirkLocation, QuirkTag } from './quirks'
import { showcaseQuirks } from './quirks'
import type { Rng } from './random'
import { dayMs, hourMs, startOfUtcDay } from './time'
import type { Recurrence, SimMeeting, SimUser } from './types'

export interface GeneratedMeetings {
  meetings: SimMeeting[]
  quirks: Map<QuirkTag, QuirkLocation>
}

const weekMs = 7 * dayMs

/** Weekly starts on a UTC weekday (0 = Sunday) and hour, `fromWeek`..`toWeek` from this week. */
function weekly(
  now: number,
  weekday: number,
  hour: number,
  fromWeek: number,
  toWeek: number,
  every = 1
): number[] {
  const today = startOfUtcDay(now)
  const thisWeek = today + ((weekday - new Date(today).getUTCDay() + 7) % 7) * dayMs - weekMs
  const starts: number[] = []
  for (let week = fromWeek; week <= toWeek; week += every)
    starts.push(thisWeek + week * weekMs + hour * hourMs)
  return starts
}

function weeklyRule(weekday: number, every: number, count: number): Recurrence {
  // Zoom numbers weekdays from 1 = Sunday.
  return { type: 2, repeat_interval: every, weekly_days: String(weekday + 1), end_times: count }
}

/** The org's calendar: recurring series, one-off events, special quirk meetings, extras. */
export function generateMeetings(
  rng: Rng,
  users: SimUser[],
  now: number,
  extra: number
): GeneratedMeetings {
  const plan = new MeetingPlanner(rng, users, now)
  planOnboarding(plan)
  planTeamMeetings(plan)
  planOneOffMeetings(plan, extra)
  return { meetings: plan.meetings, quirks: plan.quirks }
}

function planOnboarding(plan: MeetingPlanner): void {
  const starts = weekly(plan.now, 2, 18, -25, 6)
  const onboarding = plan.add(
    {
      hostId: plan.host(0).id,
      topic: 'Volunteer Onboarding',
      agenda: 'Welcome, safety training and how to sign up for shifts.',
      type: 8,
      kind: 'onboarding',
      duration: 60,
      starts,
      recurrence: weeklyRule(2, 1, starts.length),
      settings: { approval_type: 0, registration_type: 2, waiting_room: true },
      attendees: (_index, r) => r.int(8, 40)
    },
    ['recurring-registration']
  )
  const showcase = onboarding.instances.at(-1)
  if (!showcase) return
  showcase.showcase = true
  showcase.attendees = Math.max(showcase.attendees, 30)
  for (const tag of showcaseQuirks) plan.tagInstance(tag, onboarding, showcase.uuid)
}

function planTeamMeetings(plan: MeetingPlanner): void {
  const team = (
    topic: string,
    hostIndex: number,
    weekday: number,
    hour: number,
    every: number,
    duration: number
  ): SimMeeting => {
    // ~6 months back (week -24 keeps every-2/every-4 series aligned on week 4), 4 weeks ahead.
    const starts = weekly(plan.now, weekday, hour, every === 1 ? -25 : -24, 4, every)
    return plan.add({
      hostId: plan.host(hostIndex).id,
      topic,
      type: 8,
      kind: 'team',
      duration,
      starts,
      recurrence: weeklyRule(weekday, every, starts.length),
      attendees: (_i, r) => r.int(5, 12)
    })
  }
  const programs = team('Programs Team Weekly', 1, 1, 15, 1, 45)
  plan.quirks.set('no-registration', { meetingId: programs.id })
  const standup = team('Development Standup', 2, 3, 14, 1, 30)
  team('Volunteer Coordinators Sync', 3, 4, 16, 2, 60)
  team('Board Finance Committee', 4, 5, 17, 4, 90)
  plantUuidQuirk(plan, programs, 3, (uuid) => `/${uuid.slice(1)}`, 'slash-uuid')
  plantUuidQuirk(
    plan,
    standup,
    2,
    (uuid) => `${uuid.slice(0, 9)}//${uuid.slice(11)}`,
    'double-slash-uuid'
  )
}

/** Rewrites one instance's UUID so it needs double encoding. */
function plantUuidQuirk(
  plan: MeetingPlanner,
  meeting: SimMeeting,
  fromEnd: number,
  rewrite: (uuid: string) => string,
  tag: QuirkTag
): void {
  const instance = meeting.instances.at(-fromEnd)
  if (!instance) return
  const wasLatest = meeting.uuid === instance.uuid
  instance.uuid = rewrite(instance.uuid)
  if (wasLatest) meeting.uuid = instance.uuid
  plan.tagInstance(tag, meeting, instance.uuid)
}
