import { describe, expect, it } from 'vitest'
import { isAppFailure } from '../../../src/shared/app-error'
import { parseUsersCsv } from '../../../src/main/users/bulk-csv'
import { classifyRows } from '../../../src/main/users/bulk-classify'

function fileError(text: string): string {
  try {
    parseUsersCsv(text)
  } catch (error) {
    if (isAppFailure(error)) return `${error.appError.code}: ${error.appError.message}`
    throw error
  }
  throw new Error('expected a file error')
}

describe('reading a bulk-add CSV file', () => {
  it('accepts a BOM, any header case and spacing, and quoted cells', () => {
    const text =
      '\uFEFF Email , First Name,LAST_NAME,type\r\n' +
      'ada@example.org,Ada,"Lovelace, Countess",Licensed\r\n' +
      '\r\n' +
      'bob@example.org,Bob,,\r\n'
    expect(parseUsersCsv(text)).toEqual([
      {
        line: 2,
        email: 'ada@example.org',
        firstName: 'Ada',
        lastName: 'Lovelace, Countess',
        typeText: 'Licensed'
      },
      { line: 4, email: 'bob@example.org', firstName: 'Bob', lastName: '', typeText: '' }
    ])
  })

  it('takes columns in any order and ignores ones it does not know', () => {
    const rows = parseUsersCsv('notes,type,email\nhello,2,cy@example.org\n')
    expect(rows[0]).toMatchObject({ email: 'cy@example.org', typeText: '2', firstName: '' })
  })

  it('reads the semicolon files Excel saves where the decimal mark is a comma, and tab files', () => {
    const semicolons =
      '\uFEFFE-Mail;Vorname;Nachname;Type\r\n' +
      'anna@example.de;Anna;"Lovelace, Countess";Licensed\r\n' +
      'jo@example.de;Jo;"Semi; Colon";\r\n'
    expect(parseUsersCsv(semicolons)).toEqual([
      {
        line: 2,
        email: 'anna@example.de',
        firstName: '',
        lastName: '',
        typeText: 'Licensed'
      },
      { line: 3, email: 'jo@example.de', firstName: '', lastName: '', typeText: '' }
    ])
    const named = parseUsersCsv(
      'email;first_name;last_name\nada@example.org;Ada;Lovelace, Countess\n'
    )
    expect(named[0]).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace, Countess' })
    const tabs = parseUsersCsv('email\tfirst_name\nbo@example.org\tBo\n')
    expect(tabs[0]).toMatchObject({ email: 'bo@example.org', firstName: 'Bo' })
    // A comma file whose names hold semicolons stays a comma file.
    const commas = parseUsersCsv('email,last_name\ncy@example.org,"A; B"\n')
    expect(commas[0]).toMatchObject({ email: 'cy@example.org', lastName: 'A; B' })
  })

  it('explains files it cannot use', () => {
    expect(fileError('')).toBe('file: This file is empty.')
    expect(fileError('name,phone\nAda,1\n')).toBe('file: This file has no “email” column.')
    expect(fileError('email\n')).toMatch(/no people in it/)
    expect(fileError('email\n"unclosed,x\n')).toMatch(/could not be read as a CSV file/)
  })
})

describe('the dry run', () => {
  const text = [
    'email,first_name,last_name,type',
    'new@example.org,New,Person,basic',
    'Taken@Example.org,Already,There,licensed',
    'new@example.org,Copy,Again,basic',
    'not-an-email,Bad,Row,basic',
    'odd@example.org,Odd,Type,gold'
  ].join('\n')

  it('says what would happen to each row and why', () => {
    const existing = new Map([['taken@example.org', 'pending' as const]])
    const rows = classifyRows(parseUsersCsv(text), existing)
    expect(rows.map((row) => [row.line, row.verdict])).toEqual([
      [2, 'create'],
      [3, 'exists'],
      [4, 'duplicate'],
      [5, 'invalid'],
      [6, 'invalid']
    ])
    expect(rows[0]?.reason).toBe('As a Basic user.')
    expect(rows[1]?.reason).toMatch(/Listed as pending .*, so this row is skipped/)
    expect(rows[2]?.reason).toBe('Same email as line 2; only that row is used.')
    expect(rows[3]?.reason).toMatch(/Enter an email address/)
    expect(rows[4]?.reason).toMatch(/Type must be Basic or Licensed/)
    expect(rows[0]?.user).toEqual({
      email: 'new@example.org',
      firstName: 'New',
      lastName: 'Person',
      type: 1
    })
  })
})
