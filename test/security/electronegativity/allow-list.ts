import { readFileSync } from 'node:fs'
import { z } from 'zod'

const reason = z
  .string()
  .min(40, 'Each allow-list entry needs a real reason (40+ characters) saying why it is safe.')

const findingEntry = z.strictObject({
  /** Electronegativity check id, e.g. SANDBOX_JS_CHECK. */
  check: z.string().regex(/^[A-Z0-9_]+$/),
  /**
   * Project-relative paths of the flagged file: usually a source and the bundle built from it.
   * `*` matches within one path segment, for bundle names that carry a content hash.
   */
  files: z.array(z.string().min(1)).min(1),
  /** Text that must appear within `nearLines` of the flagged line: pins the entry to one spot. */
  near: z.string().min(6),
  reason
})

const parseErrorEntry = z.strictObject({ file: z.string().min(1), reason })

export const allowListSchema = z.strictObject({
  $comment: z.string().optional(),
  findings: z.array(findingEntry),
  parseErrors: z.array(parseErrorEntry)
})

export type AllowList = z.infer<typeof allowListSchema>
export type AllowedFinding = AllowList['findings'][number]

/** How far (in lines, either way) an entry's `near` text may be from the flagged line. */
export const nearLines = 10

export const emptyAllowList: AllowList = { findings: [], parseErrors: [] }

export function readAllowList(file: string): AllowList {
  const parsed = allowListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`The allow-list ${file} is not valid:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}
