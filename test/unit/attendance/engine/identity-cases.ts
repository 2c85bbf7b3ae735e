/**
 * Hand-built meetings for the six defects of issue 17 and for each kind of review candidate.
 * All run in the fixture hour meeting (17:00–18:00 UTC, 3,600 s); the expected figures are
 * worked out by hand in the comments beside each case.
 */
import type { Registrant, ReportParticipantRow } from '../../../../src/main/attendance/engine'
import { at, row } from './fixtures'

export interface IdentityCase {
  participants: ReportParticipantRow[]
  registrants?: Registrant[]
}

/**
 * Defect 1a. Two different guests named "iPhone", in the meeting at once: 0–40 and 20–60.
 * Expected: two people, 40 min each (67%, Partial); one weak-name-overlap candidate, 1,200 s.
 * (Before: one person, union 0–60 = 60 min, Attended.)
 */
export const overlappingPhones: IdentityCase = {
  participants: [
    row(0, 40, { name: 'iPhone', user_id: '101' }),
    row(20, 60, { name: 'iPhone', user_id: '102' })
  ]
}

/**
 * Defect 1b. A signed-in user whose display name is "iPhone" (0–20) and an unrelated guest
 * "iPhone" (25–60). Expected: two people, 20 min (33%) and 35 min (58%); the guest is a
 * same-name-guest candidate. (Before: the guest's 35 minutes went to the signed-in user.)
 */
export const signedInPhone: IdentityCase = {
  participants: [
    row(0, 20, { id: 'U9', name: 'iPhone', user_email: 'pat@org.example' }),
    row(25, 60, { name: 'iPhone', user_id: '201' })
  ]
}

/**
 * Defect 2. A guest renames mid-meeting: "Sam Lee" leaves at 17:30, "Samuel Lee" joins at
 * 17:31. Expected: two people (30 min, 50%; 29 min, 48%) and one rename candidate with a 60 s
 * gap; accepting it makes one person with 59 min (98%, Attended).
 */
export const guestRename: IdentityCase = {
  participants: [
    row(0, 30, { name: 'Sam Lee', user_id: '301' }),
    row(31, 60, { name: 'Samuel Lee', user_id: '302' })
  ]
}

/** The same rename by a signed-in user: the Zoom user id makes it one person, 59 min. */
export const signedInRename: IdentityCase = {
  participants: [
    row(0, 30, { id: 'U3', name: 'Sam Lee' }),
    row(31, 60, { id: 'U3', name: 'Samuel Lee' })
  ]
}

/**
 * Defect 3. One signed-in person on a laptop ("Sam Lee", 0–50) and an iPad ("Sam's iPad",
 * 40–60, the last row). Expected name: "Sam Lee" (50 min beats 20); minutes: union 0–60 = 60.
 */
export const samsIpad: IdentityCase = {
  participants: [
    row(0, 50, { id: 'U5', name: 'Sam Lee' }),
    row(40, 60, { id: 'U5', name: "Sam's iPad" })
  ]
}

/**
 * Defect 4. Two people with the same join (17:10) and no usable leave: one row has no
 * leave_time (duration 0), the other a leave before its join (17:05). Both are clipped to the
 * meeting's end: 50 min, 83%, Attended, First Join 17:10, Last Leave 18:00.
 */
export const badLeaves: IdentityCase = {
  participants: [
    {
      ...row(10, 10, { user_email: 'missing@x.org', name: 'Mia Stone' }),
      leave_time: null,
      duration: 0
    },
    {
      ...row(10, 10, { user_email: 'before@x.org', name: 'Bea Stone' }),
      leave_time: at(5),
      duration: undefined
    }
  ]
}

/**
 * Defect 5. "José Núñez" typed precomposed (0–20) and with combining accents (30–50), as a
 * guest. Expected: one person, 40 min, shown in NFC.
 */
export const joseTwoForms: IdentityCase = {
  participants: [
    row(0, 20, { name: 'Jos\u00e9 N\u00fa\u00f1ez' }),
    row(30, 50, { name: 'Jose\u0301 Nu\u0301n\u0303ez' })
  ]
}

/**
 * Defect 6. A row 28 days before the instance (the whole hour, 40,320 minutes from the start
 * in Parsons' webinar data), one that began 28 days before and left at 17:30, and a host who
 * opened a minute early. Expected: 0 min (flagged), 45 min (16:45–17:30, flagged) and 61 min
 * (16:59–18:00, within the grace, not flagged).
 */
export const outsideInstance: IdentityCase = {
  participants: [
    row(-28 * 1440, -28 * 1440 + 60, { user_email: 'old@x.org', name: 'Old Row' }),
    row(-28 * 1440, 30, { user_email: 'long@x.org', name: 'Long Row' }),
    row(-1, 60, { id: 'HOST', user_email: 'host@x.org', name: 'Hosting Host' })
  ]
}

const annLee: Registrant = {
  id: 'R1',
  email: 'ann@x.org',
  first_name: 'Ann',
  last_name: 'Lee',
  status: 'approved'
}

/**
 * Name-only match to a registrant: Ann registered, then joined as a guest "Ann Lee" (0–50).
 * Expected: one registered person, 50 min, Attended; a name-only-match candidate, merged.
 */
export const nameOnlyRegistrant: IdentityCase = {
  registrants: [annLee],
  participants: [row(0, 50, { name: 'Ann Lee' })]
}

/**
 * Name-only match to a known (signed-in) person: Bo Chen signed in 0–20, a guest "Bo Chen"
 * 30–60. Expected: one person, 50 min; a name-only-match candidate.
 */
export const nameOnlyKnown: IdentityCase = {
  participants: [
    row(0, 20, { id: 'U2', user_email: 'bo@x.org', name: 'Bo Chen' }),
    row(30, 60, { name: 'Bo Chen' })
  ]
}

/**
 * A guest with a registered person's name, kept apart because two signed-in people are called
 * "Pat Kim": three people, and two same-name-guest candidates (one per Pat).
 */
export const sharedName: IdentityCase = {
  participants: [
    row(0, 60, { id: 'U1', user_email: 'pat.kim@x.org', name: 'Pat Kim' }),
    row(0, 30, { id: 'U2', user_email: 'pkim@y.org', name: 'Pat Kim' }),
    row(35, 60, { name: 'Pat Kim' })
  ]
}

/**
 * A guest "Sam" and a registrant who gave only the first name Sam and never joined by link.
 * A single first name never attaches on its own: two people, one same-name-guest candidate.
 */
export const firstNameGuest: IdentityCase = {
  registrants: [{ id: 'R7', email: 'sam@x.org', first_name: 'Sam', status: 'approved' }],
  participants: [row(0, 45, { name: 'Sam' })]
}

/**
 * A registrant matched only by a changed email domain: Ann registered as ann@old.org and
 * joined signed in as ann@new.org (0–50). Expected: two people (Ann absent, a walk-in with 50
 * min) and one email-domain-change candidate; accepting it gives one registered person.
 */
export const domainChange: IdentityCase = {
  registrants: [{ ...annLee, id: 'R2', email: 'ann@old.org' }],
  participants: [row(0, 50, { id: 'U4', user_email: 'ann@new.org', name: 'Ann Lee' })]
}

/** A shared account: Bo and Ann both join as family@x.org, 0–30 and 30–60. */
export const sharedAccount: IdentityCase = {
  participants: [
    row(0, 30, { user_email: 'family@x.org', name: 'Bo' }),
    row(30, 60, { user_email: 'family@x.org', name: 'Ann' })
  ]
}
