/**
 * The identity book of one account: answer a review question, add an alias, undo, list the
 * decisions (all, or those about one person), and import aliases. Shared by the window and the
 * CLI; every change is stored in the archive, and every reader applies it on the next read.
 */
import { AppFailure } from '../../shared/app-error'
import type {
  IdentityDecisionView,
  ReviewQueue
} from '../../shared/ipc/contracts/identity-contract'
import type { AccountId, Archive, IdentityAction } from '../archive'
import { parseAliasCsv } from './alias-csv'
import { decisionsFromBook } from './book-decisions'
import { answerWords, concernsPerson, decisionView } from './decision-words'
import { buildReviewQueue, type ReviewQueueOptions } from './review-queue'

export interface AliasImportResult {
  added: number
  unchanged: number
  problems: string[]
}

/** A name or email that belongs to the known person with `email`. */
export interface AliasInput {
  email: string
  alias: string
  /** The person's name, for the alias CSV. */
  name?: string
  reason?: string
}

export interface IdentityBook {
  reviewQueue(options?: ReviewQueueOptions): Promise<ReviewQueue>
  answer(key: string, answer: 'accept' | 'reject', reason?: string): Promise<IdentityDecisionView>
  addAlias(input: AliasInput): Promise<IdentityDecisionView>
  undo(id: number, reason?: string): Promise<boolean>
  decisions(options?: {
    personKey?: string
    includeUndone?: boolean
  }): Promise<IdentityDecisionView[]>
  actions(): Promise<IdentityAction[]>
  importAliases(text: string): Promise<AliasImportResult>
}

const emailShape = /^[^\s@]+@[^\s@]+$/

export function identityBook(archive: Archive, account: AccountId): IdentityBook {
  const open = (): Promise<IdentityAction[]> => archive.identityActions(account)
  const sameAlias = (a: IdentityAction, email: string, alias: string): boolean =>
    a.kind === 'alias' &&
    a.email.toLowerCase() === email.toLowerCase() &&
    a.alias.normalize('NFC').toLowerCase() === alias.normalize('NFC').toLowerCase()

  async function addOne(
    email: string,
    alias: string,
    name: string,
    reason: string
  ): Promise<IdentityAction> {
    return archive.recordIdentityAction(account, {
      kind: 'alias',
      email: email.trim().toLowerCase(),
      alias: alias.trim(),
      name: name.trim(),
      reason,
      summary: `“${alias.trim()}” is ${email.trim().toLowerCase()}`
    })
  }

  return {
    async reviewQueue(options) {
      return buildReviewQueue(archive, account, decisionsFromBook(await open()), options)
    },
    async answer(key, answer, reason = '') {
      const summary = answerWords(key, answer)
      if (summary === null) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'This is not a question Headcount asked, so nothing was recorded.',
          remedy: 'Open the Review screen again and answer the question shown there.'
        })
      }
      const action = await archive.recordIdentityAction(account, {
        kind: answer,
        linkKey: key,
        reason,
        summary
      })
      return decisionView(action)
    },
    async addAlias({ email, alias, name = '', reason = '' }) {
      if (!emailShape.test(email.trim()) || alias.trim() === '') {
        throw new AppFailure({
          code: 'invalid-input',
          message:
            'An alias needs the person’s email address and the other name or email they use.',
          remedy: 'For example: ann@example.org and “Annie”.'
        })
      }
      const known = (await open()).find((a) => sameAlias(a, email.trim(), alias))
      return decisionView(known ?? (await addOne(email, alias, name, reason)))
    },
    undo(id, reason = '') {
      return archive.undoIdentityAction(account, id, reason)
    },
    async decisions(options = {}) {
      const all = await archive.identityActions(account, { includeUndone: options.includeUndone })
      const { personKey } = options
      const key = personKey?.startsWith('e:') ? personKey.toLowerCase() : personKey
      const chosen = key ? all.filter((a) => concernsPerson(a, key)) : all
      return chosen.map(decisionView)
    },
    actions: open,
    async importAliases(text) {
      const parsed = parseAliasCsv(text)
      const book = await open()
      let added = 0
      let unchanged = 0
      for (const row of parsed.rows) {
        if (book.some((a) => sameAlias(a, row.email, row.alias))) {
          unchanged++
          continue
        }
        book.push(await addOne(row.email, row.alias, row.name, 'Imported from an alias CSV'))
        added++
      }
      return { added, unchanged, problems: parsed.problems }
    }
  }
}
