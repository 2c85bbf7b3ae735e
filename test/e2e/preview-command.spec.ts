import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

const root = join(import.meta.dirname, '../..')

test('npm run preview:web prints its URL as the last line once ready', async ({ app }) => {
  test.skip(app.target !== 'browser-preview', 'The preview command is a browser-only tool.')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/preview/cli.ts', '--no-build', '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)\n$/.exec(out)
        if (match?.[1]) resolve(match[1])
      })
      child.on('exit', (code) => reject(new Error(`preview exited early with code ${code}`)))
    })
    await app.page.goto(url)
    await expect(app.page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(app.page.getByText(/^Version /)).toBeVisible()
  } finally {
    child.kill('SIGTERM')
  }
})
