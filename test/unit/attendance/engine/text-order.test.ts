import { describe, expect, it } from 'vitest'
import { sortByNameEmail, sortKey } from '../../../../src/main/attendance/engine/text-order'

const fullFold = (text: string): string =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')

describe('sortKey', () => {
  it('folds case and accents like full Unicode decomposition, for every BMP letter up to U+3000', () => {
    const differing: string[] = []
    for (let code = 0; code < 0x3000; code++) {
      const text = `Ab${String.fromCharCode(code)}É`
      if (sortKey(text) !== fullFold(text)) differing.push(code.toString(16))
    }
    expect(differing).toEqual([])
  })

  it('folds typical names', () => {
    expect(['Émile', 'García', 'Nguyễn Thị', 'ŁUKASZ', '山田'].map(sortKey)).toEqual([
      'emile',
      'garcia',
      'nguyen thi',
      'łukasz',
      '山田'
    ])
  })
})

describe('sortByNameEmail', () => {
  it('keeps input order for equal keys when asked (stable)', () => {
    const rows = [
      { name: 'ana', email: '', n: 1 },
      { name: 'Ana', email: '', n: 2 },
      { name: 'ANA', email: '', n: 3 }
    ]
    expect(sortByNameEmail([...rows], (r) => r, true).map((r) => r.n)).toEqual([1, 2, 3])
    expect(sortByNameEmail([...rows], (r) => r).map((r) => r.n)).toEqual([3, 2, 1])
  })
})
