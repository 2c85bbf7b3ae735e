/**
 * The review queue in the window: the open questions across the archive (with the count per
 * meeting for the "Needs review" badges), which one is chosen, and answering it. An answer is
 * stored in main's identity book; main then tells every archived view to recompute.
 */
import { create } from 'zustand'
import type {
  IdentityDecisionView,
  ReviewItem,
  ReviewQueue
} from '@shared/ipc/contracts/identity-contract'
import { request } from '../lib/bridge'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'

interface ReviewStore {
  queue: RequestState<ReviewQueue>
  answering: RequestState<IdentityDecisionView, 'accept' | 'reject'>
  /** Keys put off with Later in this visit: moved to the end, still open. */
  later: string[]
  /** The chosen question's key. */
  chosen: string | null
  /** The last answer, so it can be undone. */
  lastAnswer: IdentityDecisionView | null
  load(): Promise<void>
  choose(key: string): void
  /** Moves the choice by `step` questions in the shown order. */
  move(step: number): void
  answer(answer: 'accept' | 'reject'): Promise<void>
  putOff(): void
  undoLast(): Promise<void>
}

/** Open questions in the order shown: put-off ones last. */
export function orderedItems(queue: ReviewQueue | null, later: readonly string[]): ReviewItem[] {
  if (!queue) return []
  const rank = (item: ReviewItem): number => later.indexOf(item.key)
  return [...queue.items].sort((a, b) => rank(a) - rank(b))
}

export const useReviewStore = create<ReviewStore>((set, get) => {
  const queue = storeSlot(set, get, 'queue')
  const answering = storeSlot(set, get, 'answering')
  const shown = (): ReviewItem[] => orderedItems(get().queue.data, get().later)
  /** The question after the chosen one (or the one before, at the end). */
  const nextAfter = (key: string): string | null => {
    const items = shown()
    const at = items.findIndex((item) => item.key === key)
    return items[at + 1]?.key ?? items[at - 1]?.key ?? null
  }
  return {
    queue: idleRequest(),
    answering: idleRequest(),
    later: [],
    chosen: null,
    lastAnswer: null,
    async load() {
      const data = await queue.run((api) => api.identity.reviewQueue({}))
      if (!data) return
      const keys = new Set(data.items.map((item) => item.key))
      const chosen = get().chosen
      set({
        chosen: chosen && keys.has(chosen) ? chosen : (shown()[0]?.key ?? null),
        later: get().later.filter((key) => keys.has(key))
      })
    },
    choose: (key) => set({ chosen: key }),
    move(step) {
      const items = shown()
      if (items.length === 0) return
      const at = Math.max(
        0,
        items.findIndex((item) => item.key === get().chosen)
      )
      const next = Math.min(items.length - 1, Math.max(0, at + step))
      set({ chosen: items[next]!.key })
    },
    async answer(answer) {
      const key = get().chosen
      if (!key || get().answering.status === 'loading') return
      const next = nextAfter(key)
      const decision = await answering.run((api) => api.identity.answer({ key, answer }), {
        kind: answer
      })
      if (!decision) return
      set({ lastAnswer: decision, chosen: next })
      await get().load()
    },
    putOff() {
      const key = get().chosen
      if (!key) return
      const next = nextAfter(key)
      set({ later: [...get().later.filter((k) => k !== key), key], chosen: next ?? key })
    },
    async undoLast() {
      const last = get().lastAnswer
      if (!last) return
      set({ lastAnswer: null })
      await request((api) =>
        api.identity.undo({ id: last.id, reason: 'Undone on the Review screen' })
      )
      set({ chosen: last.linkKey })
      await get().load()
    }
  }
})
