/**
 * The org's webinars: a monthly public info session, a one-off training with manual approval, a
 * big annual report, an open Q&A without registration and one still to come. Schedules reuse the
 * meeting factory (instances, occurrences, seeds); panelists are added here.
 */
import { DateTime } from 'luxon'
import { buildMeeting } from './meeting-factory'
import { randomPerson } from './people'
import { randomId, type Rng } from './random'
import { expandRecurrence } from './recurrence'
import { dayMs, hourMs, minuteMs, startOfUtcDay } from './time'
import type { Recurrence, SimUser } from './types'
import type { WebinarQuirkLocation, WebinarQuirkTag } from './webinar-quirks'
import { webinarShowcaseQuirks } from './webinar-quirks'
import type { SimPanelist, SimWebinar, WebinarKind, WebinarSettings } from './webinar-types'

export interface GeneratedWebinars {
  webinars: SimWebinar[]
  quirks: Map<WebinarQuirkTag, WebinarQuirkLocation>
}

interface WebinarDraft {
  hostIndex: number
  topic: string
  agenda: string
  type: 5 | 9
  kind: WebinarKind
  duration: number
  starts: number[]
  recurrence?: Recurrence
  approval: 0 | 1 | 2
  practiceMinutes: number
  /** Attendees per instance (host and panelists come on top). */
  attendees: (index: number, rng: Rng) => number
  staffPanelists: number
  guestPanelists: number
}

const zone = 'America/New_York'
// First Thursday of the month (Zoom: monthly_week 1, monthly_week_day 5 = Thursday).
const firstThursday: Recurrence = {
  type: 3,
  repeat_interval: 1,
  monthly_week: 1,
  monthly_week_day: 5
}
const seriesLength = 8

export function generateWebinars(rng: Rng, users: SimUser[], now: number): GeneratedWebinars {
  const hosts = users.filter((user) => user.status === 'active' && user.type === 2)
  if (hosts.length === 0 && users[0]) hosts.push(users[0])
  const today = startOfUtcDay(now)
  const quirks = new Map<WebinarQuirkTag, WebinarQuirkLocation>()
  const webinars: SimWebinar[] = []
  const add = (draft: WebinarDraft, tags: WebinarQuirkTag[] = []): SimWebinar => {
    const host = hosts[draft.hostIndex % hosts.length] as SimUser
    // Own streams per webinar, so its id and panelists stay the same whatever the date.
    const label = 2 * webinars.length
    const schedule = rng.fork(label + 1)
    const roster = rng.fork(label + 2)
    const webinar = buildWebinar(schedule, draft, host, now)
    webinar.panelists = panelistsFor(roster, webinar, draft, users)
    webinars.push(webinar)
    for (const tag of tags) quirks.set(tag, { webinarId: webinar.id })
    return webinar
  }

  const seriesFrom = DateTime.fromMillis(now, { zone })
    .minus({ months: 6 })
    .startOf('month')
    .set({ hour: 18 })
    .toMillis()
  const series = add(
    {
      hostIndex: 0,
      topic: 'Volunteer Info Session',
      agenda: 'What volunteering with us looks like, how to sign up, and your questions answered.',
      type: 9,
      kind: 'info-session',
      duration: 60,
      starts: expandRecurrence(
        seriesFrom,
        60,
        { ...firstThursday, end_times: seriesLength },
        zone
      ).map((o) => o.startTime),
      recurrence: { ...firstThursday, end_times: seriesLength },
      approval: 0,
      practiceMinutes: 30,
      attendees: (_i, r) => r.int(45, 110),
      // Plus one guest speaker who also registered (added with the registrants, see org).
      staffPanelists: 2,
      guestPanelists: 0
    },
    ['webinar-series']
  )
  const showcase = series.instances.at(-1)
  if (showcase) {
    showcase.showcase = true
    for (const tag of webinarShowcaseQuirks)
      quirks.set(tag, { webinarId: series.id, instanceUuid: showcase.uuid })
  }
  plantUuid(quirks, series, 2, (uuid) => `/${uuid.slice(1)}`, 'webinar-slash-uuid')

  const training = add(
    {
      hostIndex: 1,
      topic: 'Safeguarding Training for Volunteer Leads',
      agenda: 'Required annual safeguarding training. Places are confirmed by the programs team.',
      type: 5,
      kind: 'training',
      duration: 90,
      starts: [today - 12 * dayMs + 17 * hourMs],
      approval: 1,
      practiceMinutes: 15,
      attendees: () => 38,
      staffPanelists: 1,
      guestPanelists: 1
    },
    ['webinar-manual-approval']
  )
  plantUuid(
    quirks,
    training,
    1,
    (uuid) => `${uuid.slice(0, 7)}//${uuid.slice(9)}`,
    'webinar-double-slash-uuid'
  )
  add(
    {
      hostIndex: 0,
      topic: 'Annual Impact Report',
      agenda: 'Our year in numbers, with stories from volunteers and partners.',
      type: 5,
      kind: 'annual',
      duration: 60,
      starts: [today - 40 * dayMs + 23 * hourMs],
      approval: 0,
      practiceMinutes: 20,
      attendees: () => 340,
      staffPanelists: 3,
      guestPanelists: 1
    },
    ['webinar-big']
  )
  add(
    {
      hostIndex: 1,
      topic: 'Community Q&A',
      agenda: 'Open questions about our programs; no sign-up needed.',
      type: 5,
      kind: 'open',
      duration: 45,
      starts: [today - 25 * dayMs + 22 * hourMs],
      approval: 2,
      practiceMinutes: 0,
      attendees: () => 60,
      staffPanelists: 1,
      guestPanelists: 0
    },
    ['webinar-no-registration']
  )
  add(
    {
      hostIndex: 0,
      topic: 'Spring Gala Preview',
      agenda: 'A first look at this year’s gala, with early-bird tickets.',
      type: 5,
      kind: 'upcoming',
      duration: 45,
      starts: [today + 20 * dayMs + 23 * hourMs],
      approval: 0,
      practiceMinutes: 15,
      attendees: () => 0,
      staffPanelists: 2,
      guestPanelists: 0
    },
    ['webinar-upcoming']
  )
  return { webinars, quirks }
}

function buildWebinar(rng: Rng, draft: WebinarDraft, host: SimUser, now: number): SimWebinar {
  const built = buildMeeting(
    rng,
    {
      hostId: host.id,
      topic: draft.topic,
      agenda: draft.agenda,
      type: draft.type === 9 ? 8 : 2,
      kind: 'event',
      duration: draft.duration,
      timezone: zone,
      starts: draft.starts,
      attendees: draft.attendees,
      ...(draft.recurrence ? { recurrence: draft.recurrence } : {})
    },
    now
  )
  // The host opens the practice session early; attendees get in when the broadcast starts.
  for (const instance of built.instances) instance.startTime -= draft.practiceMinutes * minuteMs
  const {
    type: _type,
    kind: _kind,
    settings: _settings,
    trackingFields: _fields,
    ...schedule
  } = built
  return {
    ...schedule,
    type: draft.type,
    kind: draft.kind,
    settings: webinarSettings(draft, host),
    panelists: [],
    practiceMinutes: draft.practiceMinutes
  }
}

function webinarSettings(draft: WebinarDraft, host: SimUser): WebinarSettings {
  return {
    approval_type: draft.approval,
    ...(draft.type === 9 && draft.approval !== 2 ? { registration_type: 2 as const } : {}),
    practice_session: draft.practiceMinutes > 0,
    panelists_video: true,
    host_video: true,
    hd_video: false,
    on_demand: false,
    audio: 'both',
    auto_recording: 'cloud',
    alternative_hosts: '',
    allow_multiple_devices: false,
    close_registration: false,
    meeting_authentication: false,
    registrants_confirmation_email: true,
    registrants_email_notification: true,
    notify_registrants: true,
    panelists_invitation_email_notification: true,
    post_webinar_survey: false,
    show_share_button: true,
    contact_name: host.displayName,
    contact_email: host.email,
    email_language: 'en-US',
    question_and_answer: {
      enable: true,
      allow_anonymous_questions: true,
      answer_questions: 'all',
      attendees_can_upvote: true,
      attendees_can_comment: false
    }
  }
}

/** Staff panelists (signed-in Zoom users of this account), then invited guest speakers. */
function panelistsFor(
  rng: Rng,
  webinar: SimWebinar,
  draft: WebinarDraft,
  users: SimUser[]
): SimPanelist[] {
  const staff = users.filter((user) => user.status === 'active' && user.id !== webinar.hostId)
  const panelists: SimPanelist[] = []
  const joinUrl = (id: string): string => panelistJoinUrl(webinar, id)
  for (let index = 0; index < draft.staffPanelists && staff.length > 0; index += 1) {
    const user = staff[(rng.int(0, staff.length - 1) + index) % staff.length] as SimUser
    if (panelists.some((p) => p.email === user.email)) continue
    const id = randomId(rng)
    panelists.push({
      id,
      name: user.displayName,
      email: user.email,
      joinUrl: joinUrl(id),
      internalUserId: user.id
    })
  }
  for (let index = 0; index < draft.guestPanelists; index += 1) {
    const person = randomPerson(rng)
    const id = randomId(rng)
    panelists.push({
      id,
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
      joinUrl: joinUrl(id)
    })
  }
  return panelists
}

export function panelistJoinUrl(webinar: SimWebinar, panelistId: string): string {
  return `https://us06web.zoom.us/w/${webinar.id}?tk=${panelistId}`
}

/** Rewrites one instance's UUID so it needs double encoding. */
function plantUuid(
  quirks: Map<WebinarQuirkTag, WebinarQuirkLocation>,
  webinar: SimWebinar,
  fromEnd: number,
  rewrite: (uuid: string) => string,
  tag: WebinarQuirkTag
): void {
  const instance = webinar.instances.at(-fromEnd)
  if (!instance) return
  const wasLatest = webinar.uuid === instance.uuid
  instance.uuid = rewrite(instance.uuid)
  if (wasLatest) webinar.uuid = instance.uuid
  quirks.set(tag, { webinarId: webinar.id, instanceUuid: instance.uuid })
}
