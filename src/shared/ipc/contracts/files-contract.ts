import { z } from 'zod'

/** Files Headcount wrote: only the last export can be shown, never a path the page names. */
export const filesContract = {
  'files:show-last-export': {
    input: z.undefined(),
    output: z.object({ shown: z.boolean() })
  }
}
