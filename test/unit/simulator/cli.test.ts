import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../../src/main/simulator/cli'

describe('simulator CLI arguments', () => {
  it('parses every option', () => {
    expect(
      parseCliArgs(['--port', '8123', '--seed', '9', '--plan', 'business', '--scopes', 'a:b, c:d'])
    ).toEqual({
      port: 8123,
      seed: 9,
      plan: 'business',
      scopes: ['a:b', 'c:d']
    })
    expect(parseCliArgs([])).toEqual({})
  })

  it.each([
    [['--plan', 'gold'], 'The plan must be free, pro or business.'],
    [['--port', 'abc'], /port must be a number/],
    [['--seed', '1.5'], /seed must be a whole number/],
    [['--colour', 'red'], /Unknown or incomplete option/],
    [['--scopes', ','], /at least one scope/]
  ])('explains %j in one sentence', (argv, message) => {
    const result = parseCliArgs(argv)
    expect(typeof result).toBe('string')
    expect(result).toMatch(message)
  })

  it('prints its usage, and how to point the CLI at it, with --help and exit 0', () => {
    expect(parseCliArgs(['--help'])).toBe('help')
    expect(parseCliArgs(['-h', '--port', '1'])).toBe('help')
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/simulator/cli.ts', '--help'],
      {
        encoding: 'utf8'
      }
    )
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^Usage: npm run sim -- /)
    for (const name of ['ZOOM_API_BASE_URL', 'ZOOM_OAUTH_URL', 'ZOOM_CLIENT_SECRET', '--seed']) {
      expect(run.stdout).toContain(name)
    }
  })

  it('exits with code 2 and a message on stderr for bad arguments', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/simulator/cli.ts', '--plan', 'gold'],
      { encoding: 'utf8' }
    )
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim()).toBe('The plan must be free, pro or business.')
  })
})
