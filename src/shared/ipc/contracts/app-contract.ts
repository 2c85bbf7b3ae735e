import { z } from 'zod'

export const appContract = {
  'app:get-info': {
    input: z.undefined(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      /** 'electron' in the desktop app, 'browser-preview' in the development preview. */
      shell: z.enum(['electron', 'browser-preview']),
      platform: z.string()
    })
  },
  'app:open-external': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.object({ opened: z.literal(true) })
  }
}
