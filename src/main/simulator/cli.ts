import { parseArgs } from 'node:util'
import { startSimulator } from './index'
import type { SimulatorOptions, ZoomPlan } from './types'

const usage =
  'Usage: npm run sim -- [--port N] [--seed N] [--plan free|pro|business] [--scopes a,b,c]'

/** `npm run sim -- --help`: what it does, and how to point the command line at it. */
export const simulatorHelp = `${usage}

Starts Headcount's local Zoom simulator on 127.0.0.1: the demo organisation (the same people
and meetings as --demo), answering like Zoom's API. It prints one line of JSON with the
address and made-up credentials, then runs until you press Ctrl+C:

  {"apiBaseUrl":"http://127.0.0.1:PORT/v2","oauthUrl":"http://127.0.0.1:PORT/oauth/token",
   "accountId":"…","clientId":"…","clientSecret":"…"}

In another terminal, point the command line at it with those values:

  export ZOOM_API_BASE_URL=<apiBaseUrl> ZOOM_OAUTH_URL=<oauthUrl>
  export ZOOM_ACCOUNT_ID=<accountId> ZOOM_CLIENT_ID=<clientId> ZOOM_CLIENT_SECRET=<clientSecret>
  npm run cli -- users

Options:
  --port N          listen on this port (default: any free port)
  --seed N          make a different organisation (default: 1, the demo's)
  --plan PLAN       apply this Zoom plan's rate limits: free, pro (default) or business
  --scopes a,b,c    grant only these scopes, to see what a missing one looks like
  -h, --help        show this help
`

/** Turns argv into options, 'help', or a plain sentence saying what to fix. */
export function parseCliArgs(argv: string[]): SimulatorOptions | 'help' | string {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        plan: { type: 'string' },
        scopes: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true,
      allowPositionals: false
    }).values
  } catch {
    return `Unknown or incomplete option. ${usage}`
  }
  if (values.help === true) return 'help'
  const { port, seed, plan, scopes } = values as Record<string, string | undefined>
  return toOptions({ port, seed, plan, scopes })
}

function toOptions(
  values: Record<'port' | 'seed' | 'plan' | 'scopes', string | undefined>
): SimulatorOptions | string {
  const options: SimulatorOptions = {}
  if (values.port !== undefined) {
    const port = Number(values.port)
    if (!/^\d+$/.test(values.port) || port > 65535)
      return `The port must be a number from 0 to 65535. ${usage}`
    options.port = port
  }
  if (values.seed !== undefined) {
    if (!/^\d+$/.test(values.seed)) return `The seed must be a whole number, for example --seed 42.`
    options.seed = Number(values.seed)
  }
  if (values.plan !== undefined) {
    if (!['free', 'pro', 'business'].includes(values.plan))
      return 'The plan must be free, pro or business.'
    options.plan = values.plan as ZoomPlan
  }
  if (values.scopes !== undefined) {
    const scopes = values.scopes
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (scopes.length === 0) return 'List at least one scope after --scopes, separated by commas.'
    options.scopes = scopes
  }
  return options
}

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2))
  if (parsed === 'help') {
    process.stdout.write(simulatorHelp)
    process.exit(0)
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n`)
    process.exit(2)
  }
  let sim
  try {
    sim = await startSimulator(parsed)
  } catch {
    process.stderr.write(
      'The simulator could not start: the port may be in use. Try another --port or leave it out.\n'
    )
    process.exit(1)
  }
  const { apiBaseUrl, oauthUrl, accountId, clientId, clientSecret } = sim
  // This is a local test double: printing its made-up credentials is the point.
  process.stdout.write(
    `${JSON.stringify({ apiBaseUrl, oauthUrl, accountId, clientId, clientSecret })}\n`
  )
  const stop = (): void => {
    void sim.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.replace(/\\/g, '/').endsWith('simulator/cli.ts')
) {
  void main()
}
