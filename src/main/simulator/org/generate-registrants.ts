import { cityName, companyName, jobTitle, randomPerson, unicodeNames } from './people'
import { mixSeed, randomId, Rng } from './random'
import { dayMs, isoSeconds } from './time'
import type { RegistrantStatus, SimMeeting, SimRegistrant } from './types'

/** What registrant generation reads: a meeting, or a webinar (types 5, 6 and 9). */
export interface RegistrationSource extends Pick<
  SimMeeting,
  'id' | 'seed' | 'occurrences' | 'instances' | 'startTime'
> {
  type: number
  settings: { approval_type: 0 | 1 | 2 }
}

/** Recurring with a fixed time (meeting type 8, webinar type 9): one group per occurrence. */
function perOccurrence(source: RegistrationSource): boolean {
  return source.type === 8 || source.type === 9
}

/**
 * Registrants are generated in groups: one per occurrence for recurring meetings that register
 * per occurrence, one for everything else. Each group is seeded on its own so an instance's
 * attendance can be built from its group without generating the others.
 */
export function registrantGroupCount(meeting: RegistrationSource): number {
  return perOccurrence(meeting) && meeting.occurrences.length > 0 ? meeting.occurrences.length : 1
}

export function groupIndexFor(
  meeting: RegistrationSource,
  occurrenceId: string | undefined
): number {
  if (!occurrenceId) return 0
  const index = meeting.occurrences.findIndex((o) => o.occurrenceId === occurrenceId)
  return Math.max(0, index)
}

export function generateRegistrantGroup(
  meeting: RegistrationSource,
  groupIndex: number,
  baseUrl: string
): SimRegistrant[] {
  const rng = new Rng(mixSeed(meeting.seed, 10_000 + groupIndex))
  const occurrence = perOccurrence(meeting) ? meeting.occurrences[groupIndex] : undefined
  const instance = occurrence
    ? meeting.instances.find((i) => i.occurrenceId === occurrence.occurrenceId)
    : meeting.instances[0]
  // Enough approved registrants that some never show up (~25-35%).
  const approvedCount = instance ? Math.ceil(instance.attendees * 1.35) + 2 : rng.int(5, 40)
  const sessionStart =
    occurrence?.startTime ?? meeting.startTime ?? meeting.instances[0]?.startTime ?? 0
  const registrants: SimRegistrant[] = []
  const manual = meeting.settings.approval_type === 1
  const extra = manual ? Math.ceil(approvedCount * 0.25) : 0
  for (let index = 0; index < approvedCount + extra; index += 1) {
    const status: RegistrantStatus =
      index < approvedCount ? 'approved' : rng.chance(0.6) ? 'pending' : 'denied'
    const person = randomPerson(rng)
    let firstName = person.firstName
    let lastName = person.lastName
    if (rng.chance(0.05)) {
      // Some people type their whole name into the first-name box.
      firstName = rng.pick(unicodeNames)
      lastName = ''
    }
    const id = randomId(rng)
    registrants.push({
      id,
      meetingId: meeting.id,
      ...(occurrence ? { occurrenceId: occurrence.occurrenceId } : {}),
      email: person.email,
      firstName,
      lastName,
      status,
      createTime: isoSeconds(sessionStart - rng.int(1, 20 * 24) * (dayMs / 24)),
      joinUrl: `${baseUrl}/w/${meeting.id}?tk=${id}`,
      org: rng.chance(0.4) ? companyName(rng) : '',
      jobTitle: rng.chance(0.3) ? jobTitle(rng) : '',
      city: rng.chance(0.5) ? cityName(rng) : '',
      country: 'US',
      comments: '',
      customQuestions: [
        {
          title: 'How did you hear about us?',
          value: rng.pick(['Friend', 'Newsletter', 'Social media', 'Website'])
        }
      ]
    })
  }
  return registrants
}
