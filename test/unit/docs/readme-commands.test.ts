import { describe, expect, it } from 'vitest'
import { readmeShellCommands } from '../../support/readme-commands'

const block = (lines: string[]): string => ['Text', '```sh', ...lines, '```', 'More'].join('\n')

describe('reading the commands of a README', () => {
  it('takes sh blocks only, joins continued lines, drops comments, finds "> file"', () => {
    const markdown = [
      '```ts',
      'npm run not-shell',
      '```',
      block([
        'npm run cli -- --demo attendance 82770614280   # the latest session',
        'npm run cli -- rollup --user "a b@example.org" \\',
        '  --topic Onboarding --csv out.csv',
        '',
        'npm run -s cli -- users > users.csv'
      ])
    ].join('\n')
    expect(readmeShellCommands(markdown)).toEqual([
      {
        line: 6,
        text: 'npm run cli -- --demo attendance 82770614280   # the latest session',
        words: ['npm', 'run', 'cli', '--', '--demo', 'attendance', '82770614280'],
        stdoutTo: null
      },
      {
        line: 7,
        text: 'npm run cli -- rollup --user "a b@example.org" --topic Onboarding --csv out.csv',
        words: ['npm', 'run', 'cli', '--', 'rollup', '--user', 'a b@example.org'].concat([
          '--topic',
          'Onboarding',
          '--csv',
          'out.csv'
        ]),
        stdoutTo: null
      },
      {
        line: 10,
        text: 'npm run -s cli -- users > users.csv',
        words: ['npm', 'run', '-s', 'cli', '--', 'users'],
        stdoutTo: 'users.csv'
      }
    ])
  })

  it.each([
    ['npm run cli -- users | head', /only "> file" at the end/],
    ['npm run cli -- users 2> errors.txt', /only "> file" at the end/],
    ['npm run cli -- users && echo done', /only "> file" at the end/],
    ['npm run cli -- attendance $MEETING', /uses a variable/]
  ])('refuses what it would not run faithfully: %s', (line, message) => {
    expect(() => readmeShellCommands(block([line]))).toThrow(message)
  })
})
