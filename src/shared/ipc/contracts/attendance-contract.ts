import { z } from 'zod'
import { identityRules, reviewKinds, rowFlags } from '../../attendance/audit-vocabulary'
import { provenanceSchema } from './archive-contract'
import { exportOutcomeSchema, percentSchema as percent } from './common'
import { jobIdSchema } from './jobs-contract'

/** A meeting instance: its UUID, or a numeric meeting id meaning the latest instance. */
const meetingRef = z.string().trim().min(1).max(200)

export const attendanceStatuses = [
  'Attended',
  'Partial',
  'Absent',
  'Waiting room only',
  'Joined'
] as const
export { identityRules, reviewKinds, rowFlags }

/** One raw join/leave row behind a person, for the audit trail. */
export const trailSessionSchema = z.object({
  join: z.string().nullable(),
  leave: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  inWaitingRoom: z.boolean(),
  /** Counted toward Minutes Attended. */
  counted: z.boolean(),
  name: z.string(),
  email: z.string(),
  flags: z.array(z.enum(rowFlags)).optional()
})

/** One side of a review candidate: whose rows they are now, and the rows themselves. */
export const reviewSideSchema = z.object({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  registered: z.boolean(),
  rows: z.array(trailSessionSchema)
})

/** An uncertain match to ask about; answering stores a decision under `key`. */
export const reviewCandidateSchema = z.object({
  key: z.string(),
  kind: z.enum(reviewKinds),
  /** A name or email answer applies in every meeting; an answer about rows, in this one. */
  scope: z.enum(['everywhere', 'meeting']),
  /** The counts now treat both sides as one person (Reject splits them). */
  merged: z.boolean(),
  sides: z.tuple([reviewSideSchema, reviewSideSchema]),
  overlapSeconds: z.number().int().nonnegative(),
  gapSeconds: z.number().int().nonnegative().nullable()
})

export const personRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  registered: z.boolean(),
  registrationStatus: z.enum(['approved', 'pending', 'denied']).nullable(),
  status: z.enum(attendanceStatuses),
  firstJoin: z.string().nullable(),
  lastLeave: z.string().nullable(),
  minutesAttended: z.number().nullable(),
  attendancePercent: z.number().nullable(),
  sessions: z.number().int(),
  /** How rows were recognised as this person: registration link, email, Zoom user, or name. */
  identityRule: z.enum(identityRules),
  /** Every rule that matched one of the person's rows, strongest first. */
  matchedBy: z.array(z.enum(identityRules)).optional(),
  trail: z.array(trailSessionSchema),
  /** Keys of the identity decisions that shaped this person. */
  decisions: z.array(z.string()).optional(),
  /** Keys of the open review candidates this person is part of. */
  reviewKeys: z.array(z.string()).optional()
})

export const attendanceSummarySchema = z.object({
  people: z.number().int(),
  registered: z.number().int(),
  attended: z.number().int(),
  partial: z.number().int(),
  absent: z.number().int(),
  walkIns: z.number().int(),
  waitingRoomOnly: z.number().int(),
  joined: z.number().int(),
  medianMinutes: z.number().nullable(),
  participantRows: z.number().int()
})

export const instanceAttendanceSchema = z.object({
  meeting: z.object({
    id: z.string(),
    uuid: z.string(),
    topic: z.string(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    /** 'past-participants' when Headcount had to fall back (no report access). */
    source: z.enum(['report', 'past-participants'])
  }),
  thresholdPercent: percent,
  summary: attendanceSummarySchema,
  people: z.array(personRowSchema),
  /** Uncertain matches still to be answered; answered ones are left out. */
  reviewCandidates: z.array(reviewCandidateSchema).optional(),
  /** Plain-language remarks, e.g. why minutes are blank. */
  notes: z.array(z.string()),
  /** The archived copy on this computer, or fetched from Zoom just now. */
  provenance: provenanceSchema
})

export const attendanceContract = {
  'attendance:load': {
    input: z
      .object({
        meeting: meetingRef,
        thresholdPercent: percent.optional(),
        /** Fetch again from Zoom instead of using the copy saved on this computer. */
        refresh: z.boolean().optional(),
        /** Chosen by the window so it can follow progress and cancel. */
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: instanceAttendanceSchema
  },
  'attendance:export-csv': {
    input: z
      .object({
        meeting: meetingRef,
        thresholdPercent: percent,
        /** An IANA zone such as America/New_York; null writes UTC. */
        timeZone: z.string().max(64).nullable(),
        /** Chosen by the window so it can follow progress and cancel. */
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: exportOutcomeSchema
  }
}

export type PersonRow = z.infer<typeof personRowSchema>
export type TrailSession = z.infer<typeof trailSessionSchema>
export type ReviewCandidateView = z.infer<typeof reviewCandidateSchema>
export type InstanceAttendanceView = z.infer<typeof instanceAttendanceSchema>
export type AttendanceStatusName = (typeof attendanceStatuses)[number]
