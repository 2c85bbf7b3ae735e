import { z } from 'zod'
import { connectionSchema } from './accounts-contract'

/** The built-in demo organisation: started on request, answered like any connection. */
export const demoContract = {
  'demo:start': { input: z.undefined(), output: connectionSchema }
}
