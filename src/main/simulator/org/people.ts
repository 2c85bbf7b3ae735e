import { faker as fakerEn } from '@faker-js/faker/locale/en'
import { faker as fakerEs } from '@faker-js/faker/locale/es'
import { faker as fakerZh } from '@faker-js/faker/locale/zh_CN'
import type { Rng } from './random'

/** Names that have broken real exports: accents, CJK, emoji, right-to-left, apostrophes. */
export const unicodeNames: readonly string[] = [
  'José Núñez',
  '李小龙',
  'Zoë 🌟',
  'Siobhán O’Brien',
  'Ngô Bảo Châu',
  'محمد الأحمد',
  'Łukasz Żółć',
  'Renée Müller-Lüdenscheidt'
]

/** Display names a spreadsheet would run as a formula unless the CSV export defuses them. */
export const formulaNames: readonly string[] = [
  '=SUM(A1)',
  '+1 555',
  '@here',
  '-x',
  '=HYPERLINK("x")'
]

export interface Person {
  firstName: string
  lastName: string
  email: string
}

/**
 * A person with an ASCII e-mail (Zoom validates emails) and a name from one of three locales.
 * Faker is re-seeded from our own stream so every call is reproducible on its own.
 */
export function randomPerson(rng: Rng, domain?: string): Person {
  const roll = rng.next()
  const faker = roll < 0.15 ? fakerEs : roll < 0.22 ? fakerZh : fakerEn
  faker.seed(rng.int(0, 0x7fffffff))
  const firstName = faker.person.firstName()
  const lastName = faker.person.lastName()
  fakerEn.seed(rng.int(0, 0x7fffffff))
  const local = `${asciiSlug(firstName) || 'guest'}.${asciiSlug(lastName) || fakerEn.string.alphanumeric(5)}`
  const host =
    domain ?? fakerEn.helpers.arrayElement(['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me'])
  const suffix = domain ? '' : String(rng.int(1, 999))
  return { firstName, lastName, email: `${local}${suffix}@${host}`.toLowerCase() }
}

export function companyName(rng: Rng): string {
  fakerEn.seed(rng.int(0, 0x7fffffff))
  return fakerEn.company.name()
}

export function cityName(rng: Rng): string {
  fakerEn.seed(rng.int(0, 0x7fffffff))
  return fakerEn.location.city()
}

export function jobTitle(rng: Rng): string {
  fakerEn.seed(rng.int(0, 0x7fffffff))
  return fakerEn.person.jobTitle()
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 20)
}
