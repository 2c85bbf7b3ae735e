import { z } from 'zod'
import { daySchema as day, exportOutcomeSchema, percentSchema as percent } from './common'
import { jobIdSchema } from './jobs-contract'

/** People and programmes: everything is read from the archive on this computer. */

const email = z.string().trim().max(254)
const name = z.string().trim().max(200)

/** An email, or the exact name of someone whose email Zoom never showed. */
export const personRefSchema = z.union([
  z.object({ email: email.min(3) }).strict(),
  z.object({ name: name.min(1) }).strict()
])

/** Which archived sessions: hosts (emails or Zoom user ids), a date range and/or a topic. */
export const sessionFilterSchema = z
  .object({
    hosts: z.array(z.string().trim().min(1).max(254)).max(50).optional(),
    from: day.optional(),
    to: day.optional(),
    topic: z.string().trim().max(200).optional()
  })
  .strict()

export const programmeRuleSchema = z
  .object({
    kind: z.enum(['sessions', 'distinct']),
    minSessions: z.number().int().min(1).max(1000),
    minPercent: percent
  })
  .strict()

export const programmeDefinitionSchema = z
  .object({
    name: name.min(1, 'Give the programme a name.'),
    /** A recurring series by its meeting ID, or every meeting whose topic contains a text. */
    meetings: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('series'),
          meetingId: z
            .string()
            .trim()
            .regex(/^\d{9,12}$/, 'Use the meeting ID (digits only).')
        })
        .strict(),
      z.object({ kind: z.literal('topic'), topic: z.string().trim().min(1).max(200) }).strict()
    ]),
    hosts: z.array(z.string().trim().min(1).max(254)).max(50).optional(),
    from: day.optional(),
    to: day.optional(),
    rule: programmeRuleSchema
  })
  .strict()

export const programmeSchema = programmeDefinitionSchema.extend({
  id: z.string().min(1).max(64),
  updatedAt: z.string()
})

const sessionRow = z.object({
  uuid: z.string(),
  meetingId: z.string(),
  topic: z.string(),
  start: z.string().nullable(),
  /** Zoom no longer has it; this is the archived copy. */
  goneFromZoomSince: z.string().nullable(),
  registered: z.boolean(),
  status: z.string(),
  minutes: z.number().nullable(),
  percent: z.number().nullable(),
  /** How the person's rows were recognised: registrant, email, user-id, name. */
  rule: z.string()
})

export const personViewSchema = z.object({
  name: z.string(),
  email: z.string(),
  sessions: z.array(sessionRow),
  firstAttended: z.string().nullable(),
  lastAttended: z.string().nullable(),
  sessionsAttended: z.number().int(),
  sessionsRegistered: z.number().int(),
  registeredAbsent: z.number().int(),
  minutes: z.number()
})

export const peopleListSchema = z.object({
  sessions: z.number().int(),
  people: z.array(
    z.object({
      name: z.string(),
      email: z.string(),
      sessionsAttended: z.number().int(),
      minutes: z.number(),
      registeredAbsent: z.number().int(),
      firstSeen: z.string().nullable(),
      lastSeen: z.string().nullable()
    })
  )
})

export const programmeStatusValues = [
  'Completed',
  'In progress',
  'Attended only below the threshold',
  'Registered but never attended'
] as const

export const programmeViewSchema = z.object({
  programme: programmeDefinitionSchema,
  distinctSessions: z.number().int(),
  instances: z.number().int(),
  counts: z.record(z.enum(programmeStatusValues), z.number().int()),
  completionsByMonth: z.array(z.object({ month: z.string(), completions: z.number().int() })),
  people: z.array(
    z.object({
      name: z.string(),
      email: z.string(),
      status: z.enum(programmeStatusValues),
      completedOn: z.string().nullable(),
      qualifying: z.number().int(),
      needed: z.number().int(),
      sessionsAttended: z.number().int(),
      sessionsRegistered: z.number().int(),
      minutes: z.number(),
      lastSeen: z.string().nullable()
    })
  )
})

/** A programme by its saved id, or a definition not saved yet (a preview while editing). */
export const programmeTarget = z.union([
  z.object({ id: z.string().min(1).max(64) }).strict(),
  z.object({ definition: programmeDefinitionSchema }).strict()
])

export const timeZone = z.string().max(64).nullable()

export const peopleContract = {
  'people:search': {
    input: z.object({ text: z.string().max(200) }).strict(),
    output: z.array(z.object({ name: z.string(), email: z.string() }))
  },
  'people:get-person': {
    input: z.object({ person: personRefSchema, thresholdPercent: percent.optional() }).strict(),
    output: personViewSchema
  },
  'people:list': {
    input: z
      .object({
        filter: sessionFilterSchema,
        notSeenSince: day.optional(),
        thresholdPercent: percent.optional(),
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: peopleListSchema
  },
  'people:export-person': {
    input: z
      .object({ person: personRefSchema, thresholdPercent: percent.optional(), timeZone })
      .strict(),
    output: exportOutcomeSchema
  },
  'people:export-list': {
    input: z
      .object({
        filter: sessionFilterSchema,
        notSeenSince: day.optional(),
        thresholdPercent: percent.optional(),
        timeZone,
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: exportOutcomeSchema
  }
}

export type PersonRefInput = z.infer<typeof personRefSchema>
export type SessionFilterInput = z.infer<typeof sessionFilterSchema>
export type ProgrammeDefinition = z.infer<typeof programmeDefinitionSchema>
export type Programme = z.infer<typeof programmeSchema>
export type PersonView = z.infer<typeof personViewSchema>
export type PeopleListView = z.infer<typeof peopleListSchema>
export type ProgrammeView = z.infer<typeof programmeViewSchema>
