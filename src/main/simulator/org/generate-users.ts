import { jobTitle, randomPerson } from './people'
import { randomId, type Rng } from './random'
import type { SimUser, UserStatus, UserType } from './types'
import { isoSeconds } from './time'

export const orgDomain = 'riverbend-alliance.org'

const departments = [
  'Programs',
  'Volunteers',
  'Development',
  'Operations',
  'Communications',
  'Finance'
]
const timezones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']
const roles = { owner: ['0', 'Owner'], admin: ['1', 'Admin'], member: ['2', 'Member'] } as const

/**
 * ~40 staff and volunteers: the first is the account owner (`me`), a handful are admins,
 * most are active, some inactive or still pending; licensed users host the meetings.
 */
export function generateUsers(rng: Rng, count: number, now: number): SimUser[] {
  const users: SimUser[] = []
  const usedEmails = new Set<string>()
  for (let index = 0; index < Math.max(1, count); index += 1) {
    const status = statusFor(index, rng)
    const type: UserType = index < 8 || rng.chance(0.25) ? 2 : 1
    const person = randomPerson(rng, orgDomain)
    let email = person.email
    while (usedEmails.has(email)) email = email.replace('@', `${rng.int(1, 9)}@`)
    usedEmails.add(email)
    const role = index === 0 ? roles.owner : index < 3 ? roles.admin : roles.member
    const createdAt = now - rng.int(200, 1500) * 86_400_000
    users.push({
      id: randomId(rng),
      email,
      firstName: person.firstName,
      lastName: person.lastName,
      displayName: `${person.firstName} ${person.lastName}`,
      type,
      status,
      pmi: rng.int(2_000_000_000, 9_999_999_999),
      timezone: rng.pick(timezones),
      dept: rng.pick(departments),
      jobTitle: jobTitle(rng),
      roleId: role[0],
      roleName: role[1],
      language: 'en-US',
      createdAt: isoSeconds(createdAt),
      ...(status === 'active'
        ? { lastLoginTime: isoSeconds(now - rng.int(1, 30 * 24) * 3_600_000) }
        : {}),
      verified: status === 'pending' ? 0 : 1
    })
  }
  return users
}

function statusFor(index: number, rng: Rng): UserStatus {
  if (index < 8) return 'active'
  const roll = rng.next()
  return roll < 0.72 ? 'active' : roll < 0.86 ? 'inactive' : 'pending'
}
