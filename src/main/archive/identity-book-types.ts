/**
 * The identity book's stored shape: every decision a person made about who is who, kept per
 * account in the archive with its time and reason. Only the decisions are stored; attendance is
 * always recomputed from the raw rows with them, so undoing one changes every meeting at once.
 */

/**
 * accept / reject: an answer to a review question (a link key made by the engine);
 * merge: a manual "these are one person" (also a link key); alias: a name or email that belongs
 * to the known person with `email`; split: rows named `name` are not the person `personKey`.
 */
export type IdentityActionKind = 'accept' | 'reject' | 'merge' | 'alias' | 'split'

export interface IdentityActionInput {
  kind: IdentityActionKind
  /** accept, reject, merge: the engine's link key. */
  linkKey?: string
  /** alias: the name or email that belongs to `email`. */
  alias?: string
  /** alias: the known person's email. */
  email?: string
  /** split: `e:<email>`, `u:<Zoom user id>` or `r:<registrant id>`. */
  personKey?: string
  /** split: the display name whose rows are someone else. */
  name?: string
  /** split: only in this meeting instance; empty means every meeting. */
  meetingUuid?: string
  /** Why, in the person's words (optional). */
  reason?: string
  /** What was decided, in plain words, as shown when it was made ("Ann Lee is iPhone"). */
  summary?: string
}

export interface IdentityAction extends Required<IdentityActionInput> {
  id: number
  createdAtMs: number
  /** Set when undone (or replaced by a later answer to the same question); the row stays. */
  undoneAtMs: number | null
  undoneReason: string
}
