import { z } from 'zod'
import { exportOutcomeSchema } from './common'
import { jobIdSchema } from './jobs-contract'
import {
  programmeDefinitionSchema,
  programmeSchema,
  programmeTarget,
  programmeViewSchema,
  timeZone
} from './people-contract'

/** Programmes (completion rules) kept in the archive with their account; see people-contract. */
export const programmesContract = {
  'programmes:list': { input: z.undefined(), output: z.array(programmeSchema) },
  'programmes:save': {
    input: z
      .object({ id: z.string().min(1).max(64).optional(), definition: programmeDefinitionSchema })
      .strict(),
    output: programmeSchema
  },
  'programmes:delete': {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.boolean()
  },
  'programmes:report': {
    input: z.object({ target: programmeTarget, jobId: jobIdSchema.optional() }).strict(),
    output: programmeViewSchema
  },
  'programmes:export-csv': {
    input: z.object({ target: programmeTarget, timeZone, jobId: jobIdSchema.optional() }).strict(),
    output: exportOutcomeSchema
  }
}
