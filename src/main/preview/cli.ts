import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import { buildPreviewBridge } from './build-preview-bridge'
import { startPreview } from './start-preview'

// `npm run preview:web -- [--port N]`: a development tool for machines without an Electron
// binary, and the target of the E2E tests. Prints its URL as the last line once ready.

const projectRoot = join(import.meta.dirname, '../../..')

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('use a whole number from 0 to 65535 (0 picks a free port).')
  }
  return port
}

const program = new Command()
  .name('preview:web')
  .description('Serve the Headcount window in your browser, backed by the real main-process code.')
  .option('--port <number>', 'port on 127.0.0.1 (0 picks a free one)', parsePort, 0)
  .option('--data-dir <folder>', 'keep settings and logs in this folder instead of a temporary one')
  .option('--no-build', 'serve the existing build in out/ without rebuilding')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))

program.parse()
const options = program.opts<{ port: number; dataDir?: string; build: boolean }>()

if (options.build) {
  const built = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (built.status !== 0) {
    process.stderr.write('The app could not be built; fix the errors above, then run this again.\n')
    process.exit(1)
  }
}

const bridgeScriptPath = await buildPreviewBridge(join(projectRoot, 'out/preview'))
const preview = await startPreview({
  port: options.port,
  dataDir: options.dataDir,
  bridgeScriptPath,
  print: (line) => process.stderr.write(`${line}\n`)
})
process.stderr.write(`Settings and logs for this run are in ${preview.dataDir}\n`)
process.stdout.write(`Headcount preview is ready at ${preview.url}\n`)

const stop = (): void => {
  void preview.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
