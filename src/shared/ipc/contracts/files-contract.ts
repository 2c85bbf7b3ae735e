import { z } from 'zod'

/** Files Headcount wrote: only the last export can be shown, never a path the page names. */
export const filesContract = {
  'files:show-last-export': {
    input: z.undefined(),
    output: z.object({
      /** True when a file manager window opened on the file. */
      shown: z.boolean(),
      /** When none could open (the browser preview) or nothing was saved yet: where the file is. */
      message: z.string().nullable()
    })
  }
}
