// `npm run test:security`: Electronegativity over the sources and over the app as packed
// (out/ plus package.json). Its own CLI always exits 0, so this script is the gate.
import { join, relative } from 'node:path'
import { projectRoot } from '../support/packaging/project-files'
import { readAllowList } from './electronegativity/allow-list'
import { formatSummary } from './electronegativity/format-summary'
import { installedElectronVersion } from './electronegativity/run-electronegativity'
import { scanApp } from './electronegativity/scan-app'

const allowListPath = join(projectRoot, 'test/security/electronegativity-allow-list.json')

async function main(): Promise<number> {
  const report = await scanApp({
    root: projectRoot,
    electronVersion: installedElectronVersion(projectRoot),
    allowList: readAllowList(allowListPath),
    targets: [
      { label: 'sources (src/)', include: ['src'] },
      {
        label: 'packaged app (out/ and package.json)',
        include: ['out', 'package.json'],
        // The command line and the browser preview are not packed (electron-builder.yml).
        exclude: ['out/cli', 'out/preview']
      }
    ]
  })
  console.log(formatSummary(report, relative(projectRoot, allowListPath)))
  return report.verdict.passed ? 0 : 1
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(
      'The security scan could not run:',
      error instanceof Error ? error.message : error
    )
    process.exitCode = 1
  }
)
