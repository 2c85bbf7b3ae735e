import { describe, expect, it } from 'vitest'
import { isWeakName } from '../../../../src/main/attendance/engine'
import { normalizeName } from '../../../../src/main/attendance/engine/field-values'

const weak = (name: string): boolean => isWeakName(normalizeName(name))

describe('weak names', () => {
  it.each([
    'iPhone',
    'iPad',
    'iPhone 13 Pro',
    "Sam's iPad",
    'Sam’s iPhone',
    'iPad de Ana',
    'Galaxy S21',
    'Galaxy Tab A',
    'Android',
    'Phone',
    'Zoom user',
    'Zoom User 2',
    'Call-in user 1',
    '+1 555 123 4567',
    '15551234567',
    '+44 20****67',
    '(555) 123-4567',
    'Sam',
    'zoë 🌟',
    '@here',
    '🌟'
  ])('%j is weak', (name) => {
    expect(weak(name)).toBe(true)
  })

  it.each([
    'Sam Lee',
    'José Núñez',
    'Ann L.',
    '李小龙',
    '山田太郎',
    '김민수',
    'Phoebe Stone',
    'Iphigenia Cruz',
    'Galaxina Moss',
    'Ana Okafor (guest 12)',
    ''
  ])('%j is not weak', (name) => {
    expect(weak(name)).toBe(false)
  })
})
