import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packagesImportedBy } from '../../support/packaging/bundle-imports'
import { copyProductionPackages } from '../../support/packaging/production-copy'
import {
  projectRoot,
  readPackageManifest,
  requireBuiltApp
} from '../../support/packaging/project-files'

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `node bin/headcount.js …` in `cwd` with a bare environment; never throws on exit codes. */
async function runBin(cwd: string, args: string[], logDir: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['bin/headcount.js', ...args],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, HEADCOUNT_LOG_DIR: logDir },
        timeout: 30_000
      }
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/** A folder with the launcher and package.json, as a clone has them. */
function projectSkeleton(dir: string): void {
  mkdirSync(join(dir, 'bin'))
  cpSync(join(projectRoot, 'bin/headcount.js'), join(dir, 'bin/headcount.js'))
  cpSync(join(projectRoot, 'package.json'), join(dir, 'package.json'))
}

// `headcount` (bin/headcount.js) runs the build in out/cli. The CLI-only packages (commander,
// cli-progress) are bundled into it, so it needs nothing beyond the production dependencies.
describe('the built command line (out/cli)', () => {
  let cliDir = ''
  const scratch: string[] = []
  const tempDir = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), `headcount-${prefix}-`))
    scratch.push(dir)
    return dir
  }

  beforeAll(() => {
    cliDir = join(requireBuiltApp(), 'cli')
  })
  // The scratch folders hold a copy of the production packages: deleting them takes a while.
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  it('imports only built-ins and production dependencies; the rest is bundled in', async () => {
    const { dependencies } = readPackageManifest()
    const imported = await packagesImportedBy(cliDir)
    const problems = [...imported]
      .filter(([name]) => !(name in dependencies))
      .map(([, where]) => `${where}, which is not in "dependencies"`)
    expect(problems).toEqual([])
    // Sanity: the scan sees the shared packages the CLI leaves as imports.
    expect([...imported.keys()]).toEqual(expect.arrayContaining(['axios', 'zod', 'hono']))
  })

  it('runs from a folder that holds only the production packages', async () => {
    const dir = tempDir('cli-prod')
    projectSkeleton(dir)
    const copied = copyProductionPackages(projectRoot, dir)
    cpSync(cliDir, join(dir, 'out/cli'), { recursive: true })
    // Sanity: the copy really lacks the development packages.
    expect(copied).toContain('axios')
    for (const devOnly of ['commander', 'cli-progress', 'tsx', 'vitest']) {
      expect(existsSync(join(dir, 'node_modules', devOnly))).toBe(false)
    }

    const run = await runBin(dir, ['--demo', 'users', '--status', 'pending'], tempDir('cli-logs'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const users = parse(run.stdout, { bom: true, columns: true }) as Record<string, string>[]
    expect(users.length).toBeGreaterThan(0)
    expect(users.every((user) => user['Status'] === 'pending')).toBe(true)
  })

  it('the launcher names the fix in one sentence when the CLI has not been built', async () => {
    const dir = tempDir('cli-unbuilt')
    projectSkeleton(dir)
    const run = await runBin(dir, ['--demo', 'users'], tempDir('cli-logs'))
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/not been built yet\. Run "npm run build:cli"/)
  })
})
