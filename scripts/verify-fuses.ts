// `npm run verify:fuses -- <app>`: checks the Electron fuses of a built app, e.g.
// dist/linux-unpacked/headcount, dist/mac-universal/Headcount.app, dist/win-unpacked/Headcount.exe.
import { fuseProblems } from './release-fuses'

async function main(apps: string[]): Promise<number> {
  if (apps.length === 0) {
    console.error('Say which built app to check, for example:')
    console.error('  npm run verify:fuses -- dist/linux-unpacked/headcount')
    return 2
  }
  let failed = false
  for (const app of apps) {
    const problems = await fuseProblems(app).catch((error: unknown) => [
      `Could not read its fuses: ${error instanceof Error ? error.message : String(error)}`
    ])
    if (problems.length === 0) {
      console.log(`OK: ${app} has every release fuse set.`)
      continue
    }
    failed = true
    console.log(`NOT READY: ${app}`)
    for (const problem of problems) console.log(`  ${problem}`)
  }
  if (failed) {
    console.log('Build it again with `npm run dist` (electron-builder.yml sets the fuses).')
  }
  return failed ? 1 : 0
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code))
