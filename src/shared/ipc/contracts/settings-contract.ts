import { z } from 'zod'
import { exportDefaultsPatchSchema, exportLayouts } from '../../settings/input-schemas'
import { percentSchema } from './common'

/**
 * The saved choices that shape what the window shows and what files hold: the time zone of
 * every time (null = this computer's zone), the attendance threshold and the export layout.
 */
export const displaySettingsSchema = z.object({
  timeZone: z.string().nullable(),
  attendanceThreshold: percentSchema,
  layout: z.enum(exportLayouts)
})

export const settingsContract = {
  'settings:get': { input: z.undefined(), output: displaySettingsSchema },
  'settings:update': { input: exportDefaultsPatchSchema.strict(), output: displaySettingsSchema }
}

export type DisplaySettings = z.infer<typeof displaySettingsSchema>
