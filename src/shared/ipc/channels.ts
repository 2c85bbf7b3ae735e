/**
 * The names of every IPC channel, as plain data. The preload builds its bridge from these
 * lists alone, so it stays one small bundle with no schema library inside.
 * Requests are `domain:verb` (renderer → main); events are `domain:past-tense` (main → renderer).
 * contract.ts must declare exactly these (a type check and a test enforce it).
 */
export const invokeChannels = [
  'app:get-info',
  'app:open-external',
  'jobs:cancel',
  'accounts:get-state',
  'accounts:create',
  'accounts:update',
  'accounts:set-secret',
  'accounts:connect',
  'accounts:test-connection',
  'accounts:sign-in-host',
  'accounts:sign-out',
  'accounts:forget',
  'accounts:allow-weak-storage',
  'accounts:dismiss-notice',
  'demo:start',
  'users:list',
  'users:get',
  'users:create',
  'users:bulk-preview',
  'users:bulk-create',
  'meetings:create',
  'meetings:creation-quota',
  'meetings:list',
  'meetings:occurrences',
  'meetings:list-past',
  'attendance:load',
  'attendance:export-csv',
  'files:show-last-export',
  'rollup:load',
  'rollup:export-csv'
] as const

export const eventChannels = ['jobs:progress', 'auth:expired'] as const

export type InvokeChannel = (typeof invokeChannels)[number]
export type EventChannel = (typeof eventChannels)[number]
