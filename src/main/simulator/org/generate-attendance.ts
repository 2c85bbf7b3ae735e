import { identityCaseRows, makeNameOnlyGuest } from './identity-cases'
import { formulaNames, randomPerson, unicodeNames } from './people'
import { Rng } from './random'
import { numberRows, sessionRow, stayRows } from './session-rows'
import { minuteMs } from './time'
import type { SimInstance, SimMeeting, SimParticipantRow, SimRegistrant, SimUser } from './types'
import { hasRegistration } from './types'

interface Attendee {
  id: string
  name: string
  email: string
  registrantId?: string
  internal: boolean
  rejoin: boolean
  twoDevices: boolean
  waitingRoom: boolean
}

export interface AttendanceInput {
  meeting: SimMeeting
  instance: SimInstance
  host: SimUser
  staff: SimUser[]
  registrants: SimRegistrant[]
}

/** Who came to one instance and the join/leave rows Zoom would report for them. */
export function generateAttendance(input: AttendanceInput): SimParticipantRow[] {
  const { meeting, instance } = input
  const rng = new Rng(instance.seed)
  const attendees = chooseAttendees(input, rng)
  const came = new Set(attendees.flatMap((person) => person.registrantId ?? []))
  if (instance.showcase) makeNameOnlyGuest(attendees)
  const rows: SimParticipantRow[] = []
  const waitingRoomOn = meeting.settings.waiting_room
  const span = instance.endTime - instance.startTime
  attendees.forEach((person, index) => {
    const isHost = index === 0
    const join = isHost
      ? instance.startTime
      : instance.startTime + rng.int(0, Math.floor(span * 0.15))
    // Most people stay to the end; some leave early.
    const leave = isHost
      ? instance.endTime
      : rng.chance(0.8)
        ? instance.endTime - rng.int(0, 2) * minuteMs
        : join + Math.floor((instance.endTime - join) * (0.3 + rng.next() * 0.6))
    if (waitingRoomOn && !isHost && person.waitingRoom) {
      rows.push(
        sessionRow(
          person,
          Math.max(instance.startTime - 5 * minuteMs, join - rng.int(1, 6) * minuteMs),
          join,
          'in_waiting_room'
        )
      )
    }
    rows.push(...stayRows(rng, person, join, leave, person.rejoin))
    if (person.twoDevices) {
      // Phone joins a few minutes in and overlaps the laptop session.
      const from = join + rng.int(2, 10) * minuteMs
      rows.push(
        sessionRow(
          person,
          Math.min(from, leave - 2000),
          Math.min(leave, from + Math.floor((leave - from) * 0.6))
        )
      )
    }
  })
  if (instance.showcase) rows.push(...identityCaseRows(instance, input.registrants, came, rows))
  return numberRows(rows)
}

function chooseAttendees(input: AttendanceInput, rng: Rng): Attendee[] {
  const { meeting, instance, host, staff } = input
  const wanted = Math.max(1, instance.attendees)
  const hostPerson = internalPerson(host)
  if (wanted === 1) return [hostPerson]
  const showcase = instance.showcase
  const people: Attendee[] = [hostPerson]
  if (hasRegistration(meeting)) {
    const approved = input.registrants.filter((r) => r.status === 'approved')
    const reserveForWalkIns = showcase ? 8 : Math.ceil((wanted - 1) * 0.15)
    const comingCount = Math.min(
      approved.length - 1,
      wanted - 1 - reserveForWalkIns,
      Math.round((wanted - 1) * 0.85)
    )
    for (const registrant of approved.slice(0, Math.max(0, comingCount))) {
      const hideEmail = rng.chance(0.08) || (showcase && people.length <= 3)
      people.push(
        externalPerson(
          `${registrant.firstName} ${registrant.lastName}`.trim(),
          hideEmail ? '' : registrant.email,
          registrant.id
        )
      )
    }
  } else {
    const colleagues = staff.filter((user) => user.id !== host.id && user.status === 'active')
    for (let index = 0; index < colleagues.length && people.length < wanted * 0.8; index += 1) {
      if (rng.chance(0.6)) people.push(internalPerson(colleagues[index] as SimUser))
    }
  }
  const specials = [...unicodeNames.slice(0, 3), ...formulaNames.slice(0, 4)]
  let special = 0
  while (people.length < wanted) {
    const person = randomPerson(rng)
    let name = `${person.firstName} ${person.lastName}`
    if (showcase && special < specials.length) name = specials[special++] as string
    else if (rng.chance(0.03)) name = rng.pick(unicodeNames)
    else if (rng.chance(0.015)) name = rng.pick(formulaNames)
    people.push(externalPerson(name, '', undefined))
  }
  people.forEach((person, index) => {
    if (index === 0) return
    person.rejoin = showcase ? index === 4 || index === 5 || rng.chance(0.12) : rng.chance(0.12)
    person.twoDevices = showcase ? index === 6 || index === 7 : rng.chance(0.04)
    person.waitingRoom = showcase ? index % 3 === 0 || rng.chance(0.3) : rng.chance(0.3)
  })
  return people
}

function internalPerson(user: SimUser): Attendee {
  return {
    id: user.id,
    name: user.displayName,
    email: user.email,
    internal: true,
    rejoin: false,
    twoDevices: false,
    waitingRoom: false
  }
}

function externalPerson(name: string, email: string, registrantId: string | undefined): Attendee {
  return {
    id: '',
    name,
    email,
    ...(registrantId ? { registrantId } : {}),
    internal: false,
    rejoin: false,
    twoDevices: false,
    waitingRoom: false
  }
}
