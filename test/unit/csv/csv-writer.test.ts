import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCsvTable, guardText, toCsvStream, toCsvString } from '../../../src/main/csv'

/** Outside quoted fields, CR and LF may only appear together, as the end of a record. */
function expectNoBareLineBreaks(text: string): void {
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')
  expect(unquoted).not.toMatch(/[\r\n]/)
}

function parseCsv(text: string): string[][] {
  // Strict RFC 4180: no relaxed quotes, same column count on every row.
  return parse(text, {
    bom: true,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false
  })
}

describe('toCsvString basics', () => {
  const csv = toCsvString({
    headers: ['A', 'B'],
    rows: [
      ['x', 1],
      ['y', null]
    ]
  })

  it('starts with a UTF-8 BOM', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('ends every line, including the last, with CRLF and has no bare LF', () => {
    expect(csv).toBe('\uFEFFA,B\r\nx,1\r\ny,\r\n')
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('quotes commas, quotes, CR and LF (RFC 4180)', () => {
    const text = toCsvString({
      headers: ['v'],
      rows: [['a,b'], ['say "hi"'], ['line1\nline2'], ['cr\rhere']]
    })
    expect(text).toBe('\uFEFFv\r\n"a,b"\r\n"say ""hi"""\r\n"line1\nline2"\r\n"cr\rhere"\r\n')
    expect(
      parseCsv(text)
        .slice(1)
        .map((r) => r[0])
    ).toEqual(['a,b', 'say "hi"', 'line1\nline2', 'cr\rhere'])
    expectNoBareLineBreaks(text)
  })

  it('quotes a semicolon so Excel in ;-separator locales keeps one cell', () => {
    expect(toCsvString({ headers: ['v'], rows: [['a;=b']] })).toContain('"a;=b"')
  })

  it('pads short rows to the header width', () => {
    expect(parseCsv(toCsvString({ headers: ['a', 'b', 'c'], rows: [['1']] }))[1]).toEqual([
      '1',
      '',
      ''
    ])
  })
})

describe('formula injection', () => {
  const vectors = [
    "=cmd|' /C calc'!A0",
    '+1 555',
    '@here',
    '-x',
    '\tstart',
    '\rstart',
    '\nstart',
    '=HYPERLINK("http://evil","x")',
    '=1+1',
    '-2+3',
    '+SUM(A1)',
    '\u0000nul',
    '＝1+1', // full-width forms some spreadsheet apps normalise
    '＋1',
    '－1',
    '＠x'
  ]

  it.each(vectors)('prefixes %j with an apostrophe', (value) => {
    const rows = parseCsv(toCsvString({ headers: ['Name'], rows: [[value]] }))
    expect(rows[1][0]).toBe(`'${value}`)
  })

  it('escapes headers too', () => {
    expect(parseCsv(toCsvString({ headers: ['=x'], rows: [] }))[0][0]).toBe("'=x")
  })

  it('writes computed numbers plainly, even negative ones', () => {
    const text = toCsvString({ headers: ['n'], rows: [[-5], [12.5], [0], [Number.NaN]] })
    expect(text).toBe('\uFEFFn\r\n-5\r\n12.5\r\n0\r\n\r\n')
  })

  it('does not prefix a formula character in the middle of text', () => {
    expect(toCsvString({ headers: ['v'], rows: [['a=b'], ['x-y'], ['me@x.org']] })).toBe(
      '\uFEFFv\r\na=b\r\nx-y\r\nme@x.org\r\n'
    )
  })

  it('leaves ordinary text and ids alone', () => {
    const text = toCsvString({ headers: ['id', 'name'], rows: [['98765432109876543', 'Ana']] })
    expect(text).toBe('\uFEFFid,name\r\n98765432109876543,Ana\r\n')
  })
})

describe('unicode', () => {
  it('round-trips é, 日本 and emoji', () => {
    const values = ['Émile Zola', '日本語の名前', 'Party 🎉👩‍👩‍👧', 'naïve café']
    const text = toCsvString({ headers: ['v'], rows: values.map((v) => [v]) })
    const decoded = Buffer.from(text, 'utf8').toString('utf8')
    expect(
      parseCsv(decoded)
        .slice(1)
        .map((r) => r[0])
    ).toEqual(values)
  })
})

describe('property: csv-parse reads back exactly what we wrote', () => {
  it('for random text and numbers', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', ';', "'", 'a', ' ')
      }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true })
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (rows) => {
          const text = toCsvString({ headers: ['a', 'b', 'c'], rows })
          expectNoBareLineBreaks(text)
          const parsed = parseCsv(text)
          expect(parsed).toHaveLength(rows.length + 1)
          rows.forEach((row, i) => {
            const expected = row.map((v) => (typeof v === 'number' ? String(v) : guardText(v)))
            expect(parsed[i + 1]).toEqual(expected)
          })
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('property: the same bytes csv-stringify wrote before it was replaced', () => {
  // The options the writer used with csv-stringify; the hand-written quoting must match them.
  const former = (rows: string[][]): string =>
    stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n;]|^'/, eof: true })

  it('for random text and numbers', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('=', '"', ',', ';', "'", '\r', '\n', ' ', '\u00a0', 'é') }),
      fc.double({ noNaN: true, noDefaultInfinity: true })
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }),
        (rows) => {
          const text = toCsvString({ headers: ['a', 'b'], rows })
          const asText = rows.map((row) =>
            row.map((v) => (typeof v === 'number' ? String(v) : guardText(v)))
          )
          expect(text).toBe('\uFEFF' + former([['a', 'b'], ...asText]))
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('streaming and generic tables', () => {
  it('toCsvStream produces the same text as toCsvString', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`row ${i}`, i, i % 7 === 0 ? '=bad' : ''])
    const table = { headers: ['a', 'b', 'c'], rows }
    const chunks: Buffer[] = []
    for await (const chunk of toCsvStream(table)) chunks.push(Buffer.from(chunk as string))
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toCsvString(table))
  })

  it('buildCsvTable maps items through column definitions', () => {
    const users = [{ email: 'a@x.org', type: 2, name: '@admin' }]
    const table = buildCsvTable(
      [
        { header: 'Email', value: (u: (typeof users)[number]) => u.email },
        { header: 'Type', value: (u) => u.type },
        { header: 'Name', value: (u) => u.name }
      ],
      users
    )
    expect(toCsvString(table)).toBe('\uFEFFEmail,Type,Name\r\na@x.org,2,"\'@admin"\r\n')
  })
})
