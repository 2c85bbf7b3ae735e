import type { AppErrorCode } from '../../../src/shared/app-error'
import type { FaultPlan, InjectedFault } from '../../../src/main/simulator'

/**
 * Every fault the suite runs, and what it must end in: all rows (`complete`), or one named,
 * plain-language error. A fault that clears up must cost nothing; one that does not must be
 * named. Nothing may end in an empty or short list that looks like success.
 */
export interface FaultCase {
  name: string
  plans: FaultPlan[]
  expect: 'complete' | AppErrorCode
  /** Only where a listing has pages 2 and on (the 700-user list). */
  pagedOnly?: boolean
}

const always = Infinity
/** Short waits keep the suite fast; the client treats them like Zoom's whole seconds. */
const quick = 0.2

export const faultCases: FaultCase[] = [
  { name: 'a 5xx once', plans: [{ fault: 'server-error' }], expect: 'complete' },
  {
    name: '5xx on every try',
    plans: [{ fault: 'server-error', times: always }],
    expect: 'zoom-unavailable'
  },
  { name: 'a connection reset once', plans: [{ fault: 'connection-reset' }], expect: 'complete' },
  {
    name: 'connection resets on every try',
    plans: [{ fault: 'connection-reset', times: always }],
    expect: 'network'
  },
  { name: 'a hang once (past the deadline)', plans: [{ fault: 'hang' }], expect: 'complete' },
  { name: 'hangs on every try', plans: [{ fault: 'hang', times: always }], expect: 'network' },
  {
    name: '429 with Retry-After in seconds',
    plans: [{ fault: 'rate-limited-seconds', retryAfterSeconds: quick }],
    expect: 'complete'
  },
  {
    name: '429 with Retry-After as an HTTP date',
    plans: [{ fault: 'rate-limited-date', retryAfterSeconds: quick }],
    expect: 'complete'
  },
  { name: '429 with no Retry-After', plans: [{ fault: 'rate-limited-bare' }], expect: 'complete' },
  {
    name: '429 on every try',
    plans: [{ fault: 'rate-limited-bare', times: always }],
    expect: 'rate-limited'
  },
  {
    name: '429 asking for a wait past the budget (seconds)',
    plans: [{ fault: 'rate-limited-seconds', retryAfterSeconds: 120 }],
    expect: 'rate-limited'
  },
  {
    name: '429 asking for a wait past the budget (HTTP date)',
    plans: [{ fault: 'rate-limited-date', retryAfterSeconds: 120 }],
    expect: 'rate-limited'
  },
  {
    name: '401/124 mid-run (token revoked after the first call)',
    plans: [{ fault: 'token-revoked', skip: 1 }],
    expect: 'complete'
  },
  {
    name: '401/124 on page 2',
    plans: [{ fault: 'token-revoked', page: 'later' }],
    expect: 'complete',
    pagedOnly: true
  },
  {
    name: '401/124 that renewing does not cure',
    plans: [{ fault: 'token-revoked', times: always }],
    expect: 'auth'
  },
  { name: 'an HTML page with 200, once', plans: [{ fault: 'html-200' }], expect: 'complete' },
  {
    name: 'an HTML page with 200 on every try',
    plans: [{ fault: 'html-200', times: always }],
    expect: 'zoom-unavailable'
  },
  {
    name: 'truncated JSON on page 1',
    plans: [{ fault: 'truncated-json', page: 'first', times: always }],
    expect: 'zoom-unavailable'
  },
  {
    name: 'truncated JSON on page 2',
    plans: [{ fault: 'truncated-json', page: 'later', times: always }],
    expect: 'zoom-unavailable',
    pagedOnly: true
  },
  {
    name: 'truncated JSON on page 2, once',
    plans: [{ fault: 'truncated-json', page: 'later' }],
    expect: 'complete',
    pagedOnly: true
  },
  ...tokenEndpointCases(),
  {
    name: 'the token endpoint failing once',
    plans: [{ fault: 'server-error', target: 'token' }],
    expect: 'complete'
  }
]

/** POST /oauth/token failing on every try, each way it can. */
function tokenEndpointCases(): FaultCase[] {
  const ways: Array<[string, InjectedFault, AppErrorCode]> = [
    ['answering 5xx', 'server-error', 'zoom-unavailable'],
    ['resetting the connection', 'connection-reset', 'network'],
    ['hanging', 'hang', 'network'],
    ['answering 429', 'rate-limited-bare', 'rate-limited'],
    ['answering an HTML page', 'html-200', 'zoom-unavailable']
  ]
  return ways.map(([how, fault, expect]) => ({
    name: `the token endpoint ${how}`,
    plans: [{ fault, target: 'token', times: Infinity }],
    expect
  }))
}
