import type { z } from 'zod'
import type { EventChannel, InvokeChannel } from './channels'
import { accountsContract } from './contracts/accounts-contract'
import { appContract } from './contracts/app-contract'
import { archiveContract, archiveEvents } from './contracts/archive-contract'
import { attendanceContract } from './contracts/attendance-contract'
import { authEvents } from './contracts/auth-contract'
import { demoContract } from './contracts/demo-contract'
import { filesContract } from './contracts/files-contract'
import { identityContract } from './contracts/identity-contract'
import { jobsContract, jobsEvents } from './contracts/jobs-contract'
import { meetingsContract } from './contracts/meetings-contract'
import { peopleContract } from './contracts/people-contract'
import { programmesContract } from './contracts/programmes-contract'
import { rollUpContract } from './contracts/rollup-contract'
import { settingsContract } from './contracts/settings-contract'
import { usersContract } from './contracts/users-contract'
import type { jobProgressSchema } from './contracts/jobs-contract'

/**
 * The one IPC contract: each request channel's input and output, each event's payload, merged
 * from one file per domain. Main validates inputs (and its own outputs) against it; the
 * renderer's types derive from it. A request with no arguments takes `z.undefined()`.
 */
export const invokeContract = {
  ...appContract,
  ...jobsContract,
  ...accountsContract,
  ...demoContract,
  ...usersContract,
  ...meetingsContract,
  ...attendanceContract,
  ...filesContract,
  ...rollUpContract,
  ...settingsContract,
  ...archiveContract,
  ...identityContract,
  ...peopleContract,
  ...programmesContract
} satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>

export const eventContract = {
  ...jobsEvents,
  ...authEvents,
  ...archiveEvents
} satisfies Record<EventChannel, z.ZodType>

export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['input']>
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['output']>
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>
export type JobProgress = z.infer<typeof jobProgressSchema>
