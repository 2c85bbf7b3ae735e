/**
 * Adding a channel (test/unit/ipc/adding-a-channel.test.ts fails when a step is skipped):
 * 1. Name it below: `domain:verb` in invokeChannels (events: `domain:past-tense`, eventChannels).
 * 2. Declare its input and output in contracts/<domain>-contract.ts, spread into contract.ts.
 * 3. Answer it in main/ipc/handlers/<domain>-handlers.ts, calling a service from create-app-core.
 * 4. Nothing to write for the bridge: it appears as window.headcount.<domain>.<verbInCamelCase>.
 * 5. Add a valid input to test/support/channel-examples.ts; the fuzz test tries bad ones.
 *
 * The names of every IPC channel, as plain data. The preload builds its bridge from these
 * lists alone, so it stays one small bundle with no schema library inside.
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
  'accounts:disconnect',
  'accounts:forget',
  'accounts:allow-weak-storage',
  'accounts:dismiss-notice',
  'demo:start',
  'users:list',
  'users:get',
  'users:create',
  'users:bulk-preview',
  'users:bulk-create',
  'users:export-bulk-result',
  'users:save-template',
  'users:export-csv',
  'meetings:create',
  'meetings:creation-quota',
  'meetings:list',
  'meetings:occurrences',
  'meetings:links',
  'meetings:list-past',
  'attendance:load',
  'attendance:export-csv',
  'files:show-last-export',
  'rollup:load',
  'rollup:export-csv',
  'settings:get',
  'settings:update',
  'archive:get-status',
  'archive:sync',
  'archive:update-settings',
  'archive:back-up',
  'archive:restore',
  'archive:forget-account',
  'archive:dismiss-notices',
  'identity:review-queue',
  'identity:answer',
  'identity:undo',
  'identity:add-alias',
  'identity:decisions',
  'identity:export-aliases',
  'identity:import-aliases',
  'people:search',
  'people:get-person',
  'people:list',
  'people:export-person',
  'people:export-list',
  'programmes:list',
  'programmes:save',
  'programmes:delete',
  'programmes:report',
  'programmes:export-csv'
] as const

export const eventChannels = [
  'jobs:progress',
  'auth:expired',
  'archive:changed',
  'archive:sync-started'
] as const

export type InvokeChannel = (typeof invokeChannels)[number]
export type EventChannel = (typeof eventChannels)[number]
