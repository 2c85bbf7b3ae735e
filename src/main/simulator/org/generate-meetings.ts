import { buildMeeting, type MeetingDraft } from './meeting-factory'
import type { QuirkLocation, QuirkTag } from './quirks'
import { showcaseQuirks } from './quirks'
import type { Rng } from './random'
import { dayMs, hourMs, minuteMs, startOfUtcDay } from './time'
import type { SimMeeting, SimUser } from './types'

export interface GeneratedMeetings {
  meetings: SimMeeting[]
  quirks: Map<QuirkTag, QuirkLocation>
}

const weekMs = 7 * dayMs
const eventTopics: [string, number, number, 0 | 1][] = [
  // topic, days ago (negative = upcoming), attendees, approval type
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

/** Weekly starts on the given UTC weekday (0 = Sunday) and hour, from `fromWeek` to `toWeek`. */
function weekly(
  now: number,
  weekday: number,
  hour: number,
  fromWeek: number,
  toWeek: number,
  every = 1
): number[] {
  const today = startOfUtcDay(now)
  const thisWeekDay = today + ((weekday - new Date(today).getUTCDay() + 7) % 7) * dayMs - weekMs
  const starts: number[] = []
  for (let week = fromWeek; week <= toWeek; week += every)
    starts.push(thisWeekDay + week * weekMs + hour * hourMs)
  return starts
}

export function generateMeetings(
  rng: Rng,
  users: SimUser[],
  now: number,
  extra: number
): GeneratedMeetings {
  const hosts = users.filter((user) => user.status === 'active' && user.type === 2)
  const host = (index: number): SimUser => hosts[index % hosts.length] as SimUser
  const quirks = new Map<QuirkTag, QuirkLocation>()
  const meetings: SimMeeting[] = []
  const add = (draft: MeetingDraft, tags: QuirkTag[] = []): SimMeeting => {
    const meeting = buildMeeting(rng, draft, now)
    meetings.push(meeting)
    for (const tag of tags) quirks.set(tag, { meetingId: meeting.id })
    return meeting
  }
  const base = { timezone: 'America/New_York', agenda: '' }

  const onboardingStarts = weekly(now, 2, 18, -25, 6)
  const onboarding = add(
    {
      ...base,
      hostId: host(0).id,
      topic: 'Volunteer Onboarding',
      agenda: 'Welcome, safety training and how to sign up for shifts.',
      type: 8,
      kind: 'onboarding',
      duration: 60,
      starts: onboardingStarts,
      recurrence: {
        type: 2,
        repeat_interval: 1,
        weekly_days: '3',
        end_times: onboardingStarts.length
      },
      settings: { approval_type: 0, registration_type: 2, waiting_room: true },
      attendees: (_index, r) => r.int(8, 40)
    },
    ['recurring-registration']
  )
  const showcase = onboarding.instances.at(-1)
  if (showcase) {
    showcase.showcase = true
    showcase.attendees = Math.max(showcase.attendees, 30)
    for (const tag of showcaseQuirks)
      quirks.set(tag, { meetingId: onboarding.id, instanceUuid: showcase.uuid })
  }

  const team = (
    topic: string,
    hostIndex: number,
    starts: number[],
    duration: number,
    recurrence: SimMeeting['recurrence']
  ): SimMeeting =>
    add({
      ...base,
      hostId: host(hostIndex).id,
      topic,
      type: 8,
      kind: 'team',
      duration,
      starts,
      recurrence,
      attendees: (_i, r) => r.int(5, 12)
    })
  const programs = team('Programs Team Weekly', 1, weekly(now, 1, 15, -25, 4), 45, {
    type: 2,
    repeat_interval: 1,
    weekly_days: '2',
    end_times: 30
  })
  quirks.set('no-registration', { meetingId: programs.id })
  const standup = team('Development Standup', 2, weekly(now, 3, 14, -25, 4), 30, {
    type: 2,
    repeat_interval: 1,
    weekly_days: '4',
    end_times: 30
  })
  team('Volunteer Coordinators Sync', 3, weekly(now, 4, 16, -24, 4, 2), 60, {
    type: 2,
    repeat_interval: 2,
    weekly_days: '5',
    end_times: 15
  })
  team('Board Finance Committee', 4, weekly(now, 5, 17, -24, 4, 4), 90, {
    type: 2,
    repeat_interval: 4,
    weekly_days: '6',
    end_times: 8
  })
  plantUuidQuirk(programs, 3, (uuid) => `/${uuid.slice(1)}`, 'slash-uuid', quirks)
  plantUuidQuirk(
    standup,
    2,
    (uuid) => `${uuid.slice(0, 9)}//${uuid.slice(11)}`,
    'double-slash-uuid',
    quirks
  )

  eventTopics.forEach(([topic, daysAgo, attendees, approval], index) => {
    const start = startOfUtcDay(now) - daysAgo * dayMs + 23 * hourMs
    const tags: QuirkTag[] = []
    if (attendees >= 300) tags.push('big-meeting')
    if (approval === 1 && daysAgo > 0) tags.push('manual-approval')
    if (daysAgo < 0 && index === 6) tags.push('upcoming-registration')
    add(
      {
        ...base,
        hostId: host(index + 5).id,
        topic,
        type: 2,
        kind: 'event',
        duration: 90,
        starts: [start],
        settings: { approval_type: approval, waiting_room: attendees > 100 },
        attendees: () => attendees
      },
      tags
    )
  })

  const special = (
    topic: string,
    start: number,
    duration: number,
    attendees: number,
    tag: QuirkTag
  ): void => {
    add(
      {
        ...base,
        hostId: host(6).id,
        topic,
        type: 2,
        kind: 'special',
        duration,
        starts: [start],
        attendees: () => attendees
      },
      [tag]
    )
  }
  special('Open Office Hours', startOfUtcDay(now) - 3 * dayMs + 20 * hourMs, 60, 1, 'one-person')
  special(
    'Board Prep Call',
    Math.floor(now / minuteMs) * minuteMs - 75 * minuteMs,
    60,
    6,
    'report-pending'
  )
  special('Volunteer Drop-in', Math.floor(now / minuteMs) * minuteMs - 20 * minuteMs, 60, 8, 'live')
  const chatStarts = [40, 25, 12].map((days) => startOfUtcDay(now) - days * dayMs + 19 * hourMs)
  add(
    {
      ...base,
      hostId: host(7).id,
      topic: 'Mentor Chat Room',
      type: 3,
      kind: 'special',
      duration: 60,
      starts: chatStarts,
      attendees: (_i, r) => r.int(2, 6)
    },
    ['no-fixed-time']
  )

  for (let index = 0; index < extra; index += 1) {
    const start = startOfUtcDay(now) - rng.int(1, 178) * dayMs + rng.int(13, 22) * hourMs
    add({
      ...base,
      hostId: host(index).id,
      topic: `${rng.pick(extraTopics)} #${index + 1}`,
      type: 2,
      kind: 'extra',
      duration: rng.pick([30, 45, 60, 90]),
      starts: [start],
      attendees: (_i, r) => r.int(2, 30)
    })
  }
  return { meetings, quirks }
}

function plantUuidQuirk(
  meeting: SimMeeting,
  fromEnd: number,
  rewrite: (uuid: string) => string,
  tag: QuirkTag,
  quirks: Map<QuirkTag, QuirkLocation>
): void {
  const instance = meeting.instances.at(-fromEnd)
  if (!instance) return
  const wasLatest = meeting.uuid === instance.uuid
  instance.uuid = rewrite(instance.uuid)
  if (wasLatest) meeting.uuid = instance.uuid
  quirks.set(tag, { meetingId: meeting.id, instanceUuid: instance.uuid })
}
