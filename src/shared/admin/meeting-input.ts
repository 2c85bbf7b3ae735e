import { DateTime, IANAZone } from 'luxon'
import { z } from 'zod'

/**
 * What an admin types to schedule a meeting. Shared so the form and main check the same
 * rules. Times are a local date and clock time in a named IANA zone, never a bare UTC value.
 */
export const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Weekday = (typeof weekdayNames)[number]

export const registrationModes = ['off', 'auto', 'manual'] as const
export type RegistrationMode = (typeof registrationModes)[number]

/** Zoom's passcode rule: at most 10 of A–Z, a–z, 0–9, @ - _ *. Empty lets Zoom pick one. */
export const passcodeSchema = z
  .string()
  .max(10, 'A passcode can be at most 10 characters.')
  .regex(/^[A-Za-z0-9@_*-]*$/, 'A passcode may use only letters, digits and @ - _ *.')

export const isoDateSchema = z
  .string({ error: 'Choose a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.')
  .refine((value) => DateTime.fromISO(value).isValid, 'That date does not exist.')

export const clockTimeSchema = z
  .string({ error: 'Choose a time.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 18:30.')

export const timeZoneSchema = z
  .string({ error: 'Choose a time zone.' })
  .min(1, 'Choose a time zone.')
  .max(64)
  .refine((zone) => IANAZone.isValidZone(zone), 'Choose a time zone from the list.')

const endSchema = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('count'),
    count: z
      .number({ error: 'Enter how many times it repeats.' })
      .int('Enter a whole number.')
      .min(1, 'It must happen at least once.')
      .max(365, 'Zoom allows at most 365 occurrences.')
  }),
  z.object({ by: z.literal('date'), date: isoDateSchema })
])

function every(max: number, unit: string): z.ZodNumber {
  return z
    .number({ error: 'Enter a number.' })
    .int('Enter a whole number.')
    .min(1, 'Enter at least 1.')
    .max(max, `Zoom allows repeating at most every ${max} ${unit}.`)
}

export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('daily'), every: every(90, 'days'), end: endSchema }),
  z.object({
    kind: z.literal('weekly'),
    every: every(12, 'weeks'),
    weekdays: z.array(z.enum(weekdayNames)).min(1, 'Choose at least one day of the week.').max(7),
    end: endSchema
  }),
  z.object({
    kind: z.literal('monthly'),
    every: every(3, 'months'),
    dayOfMonth: z
      .number({ error: 'Enter a day of the month.' })
      .int('Enter a whole number.')
      .min(1, 'Enter a day from 1 to 31.')
      .max(31, 'Enter a day from 1 to 31.'),
    end: endSchema
  })
])
export type RecurrenceInput = z.infer<typeof recurrenceSchema>

export const newMeetingSchema = z
  .object({
    topic: z
      .string({ error: 'Topic is required.' })
      .trim()
      .min(1, 'Topic is required.')
      .max(200, 'A topic can be at most 200 characters.'),
    hostEmail: z.email({ error: 'Choose a host.' }).max(128),
    date: isoDateSchema,
    time: clockTimeSchema,
    timezone: timeZoneSchema,
    durationMinutes: z
      .number({ error: 'Enter a length in minutes.' })
      .int('Enter whole minutes.')
      .min(1, 'A meeting lasts at least 1 minute.')
      .max(1440, 'A meeting can last at most 24 hours (1440 minutes).'),
    agenda: z.string().max(2000, 'The description can be at most 2000 characters.'),
    passcode: passcodeSchema,
    waitingRoom: z.boolean(),
    registration: z.enum(registrationModes),
    recurrence: recurrenceSchema
  })
  .strict()
  .superRefine((input, ctx) => {
    const r = input.recurrence
    if (r.kind !== 'none' && r.end.by === 'date' && r.end.date < input.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['recurrence', 'end', 'date'],
        message: 'The last date must be on or after the first meeting.'
      })
    }
  })
export type NewMeetingInput = z.infer<typeof newMeetingSchema>

/** Only what decides when a series meets: the form previews its dates once these are valid. */
export const seriesTimingSchema = z.object({
  date: isoDateSchema,
  time: clockTimeSchema,
  timezone: timeZoneSchema,
  recurrence: recurrenceSchema
})
