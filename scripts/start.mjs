// `npm start`: build and open the desktop app. Electron downloads its binary on first run;
// where that is impossible, say so in one sentence and point to the browser preview.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')

// Loading electron outside Electron returns the binary's path, downloading it first if needed.
// Its own error output is a stack trace, not advice, so it is kept out of sight.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: 10 * 60 * 1000
})

if (probe.status !== 0 || !probe.stdout.toString().trim()) {
  console.error(
    'Headcount could not start because Electron is not installed and could not be downloaded on this machine; run `npm run preview:web` to use Headcount in your browser instead.'
  )
  process.exit(1)
}

const run = spawnSync('npx', ['electron-vite', 'preview'], { cwd: root, stdio: 'inherit' })
process.exit(run.status ?? 1)
