import { describe, expect, it } from 'vitest'
import { guardText, needsGuard } from '../../../src/main/csv/formula-guard'

// Issue 19 (low): spreadsheet apps skip leading blanks and invisible characters before reading a
// formula, so the guard must look at the first visible character, not the first code unit.

describe('the CSV formula guard after invisible or blank characters', () => {
  it.each([
    [' =cmd|"/C calc"!A0', 'a space'],
    ['   +1+1', 'several spaces'],
    ['\u00a0=HYPERLINK("https://evil.example")', 'a no-break space'],
    ['\u200b@SUM(A1:A9)', 'a zero-width space'],
    ['\u200c\u200d-2+3', 'zero-width joiners'],
    ['\u2060=1', 'a word joiner'],
    ['\ufeff=1', 'a byte order mark'],
    ['\u3000\uff1d1', 'an ideographic space before a full-width ='],
    [' \u00a0\u200b\ufeff =1', 'a mix of them']
  ])('guards %j (%s)', (value) => {
    expect(needsGuard(value)).toBe(true)
    expect(guardText(value)).toBe(`'${value}`)
  })

  it.each([' Ana', '\u00a0Ana Lima', '\u200bBo', '', '   ', 'a=b', 'x-1'])(
    'leaves %j alone',
    (value) => {
      expect(needsGuard(value)).toBe(false)
      expect(guardText(value)).toBe(value)
    }
  )
})
