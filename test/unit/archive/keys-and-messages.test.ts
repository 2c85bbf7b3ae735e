// The lookup keys stored beside raw rows, and the sentence each bad condition gets.
import { describe, expect, it } from 'vitest'
import { describeArchiveError, newerFileFailure } from '../../../src/main/archive/archive-errors'
import { nameKey, searchKey } from '../../../src/main/archive/sqlite/row-keys'

describe('name keys', () => {
  it('are one key for a name typed precomposed or with combining accents, any case or spacing', () => {
    expect(nameKey('José Núñez')).toBe(nameKey('Jose\u0301  NU\u0301N\u0303EZ '))
    expect(nameKey('José Núñez')).toBe('josé núñez')
    expect(nameKey('Ana Lee')).toBe('ana lee')
    expect(nameKey(null)).toBe('')
  })

  it('search keys drop accents so a prefix typed without them still finds the name', () => {
    expect(searchKey(nameKey('José Núñez'))).toBe('jose nunez')
    expect(searchKey(nameKey('Émile Dubois'))).toBe('emile dubois')
    expect(searchKey(nameKey('山田 太郎'))).toBe('山田 太郎')
  })
})

describe('archive error sentences', () => {
  const file = '/home/ann/Headcount/headcount.sqlite'
  const sqlite = (errcode: number): Error =>
    Object.assign(new Error('x'), { code: 'ERR_SQLITE_ERROR', errcode })

  it.each([
    [sqlite(13), 'the disk that holds /home/ann/Headcount/headcount.sqlite is full.'],
    [Object.assign(new Error('x'), { code: 'ENOSPC' }), 'the disk that holds'],
    [sqlite(5), 'another Headcount window or a scheduled "headcount sync" is writing to'],
    [sqlite(517), 'another Headcount window'], // SQLITE_BUSY_SNAPSHOT, an extended code
    [sqlite(8), 'Headcount is not allowed to write to'],
    [Object.assign(new Error('x'), { code: 'EACCES' }), 'Headcount is not allowed to write to'],
    [sqlite(11), 'is damaged.'],
    [sqlite(26), 'is damaged.'],
    [sqlite(10), 'the computer reported a read or write error']
  ])('gives one plain sentence with a fix (%#)', (error, expected) => {
    const failure = describeArchiveError(error, file, 'store this meeting')
    expect(failure.appError.code).toBe('storage')
    expect(failure.message).toContain('The archive could not store this meeting: ')
    expect(failure.message).toContain(expected)
    expect(failure.appError.remedy).toBeTruthy()
  })

  it('names both versions for a file from a newer Headcount', () => {
    expect(newerFileFailure(file, 3, 1).message).toBe(
      `The archive ${file} was written by a newer version of Headcount (archive format 3; this version reads up to 1), so it was not opened and has not been changed.`
    )
  })
})
