import { useEffect, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { ReviewItem } from '@shared/ipc/contracts/identity-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ViewHeader } from '../../components/ViewHeader'
import { formatDateTime } from '../../lib/format'
import { orderedItems, useReviewStore } from '../../stores/use-review-store'
import ui from '../../styles/ui.module.css'
import { ReviewEvidence } from './ReviewEvidence'
import { kindShort } from './review-words'
import styles from './review.module.css'

const columns: Column<ReviewItem>[] = [
  { id: 'kind', header: 'Question', cell: (item) => kindShort[item.kind], rowHeader: true },
  {
    id: 'who',
    header: 'Names',
    cell: (item) => `${item.sides[0].name} / ${item.sides[1].name}`
  },
  {
    id: 'meeting',
    header: 'First meeting',
    cell: (item) =>
      `${item.meetings[0]?.topic ?? ''} ${formatDateTime(item.meetings[0]?.start ?? null)}`
  },
  { id: 'count', header: 'Meetings', cell: (item) => item.meetings.length, align: 'end' }
]

const answers = [
  { id: 'accept', label: 'Accept: same person', key: 'A' },
  { id: 'reject', label: 'Reject: different people', key: 'R' },
  { id: 'later', label: 'Later', key: 'L' }
] as const

/** Keys that answer without the mouse: A accept, R reject, L later, arrows move. */
function useReviewKeys(): void {
  const { answer, putOff, move } = useReviewStore.getState()
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 'a') void answer('accept')
      else if (key === 'r') void answer('reject')
      else if (key === 'l') putOff()
      else if (key === 'arrowdown' || key === 'j') move(1)
      else if (key === 'arrowup' || key === 'k') move(-1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [answer, putOff, move])
}

/**
 * The Review screen: every match Headcount is unsure about across the archive, one at a time
 * with its evidence side by side. Accept, Reject or Later (keys A, R, L; arrows move); counts
 * and exports use the answer at once, and the last answer can be undone.
 */
export function ReviewView() {
  const state = useReviewStore(
    useShallow((s) => ({
      queue: s.queue,
      answering: s.answering,
      later: s.later,
      chosen: s.chosen,
      lastAnswer: s.lastAnswer,
      answer: s.answer,
      putOff: s.putOff,
      choose: s.choose,
      undoLast: s.undoLast
    }))
  )
  useEffect(() => {
    void useReviewStore.getState().load()
  }, [])
  useReviewKeys()
  const items = useMemo(
    () => orderedItems(state.queue.data, state.later),
    [state.queue.data, state.later]
  )
  const chosen = items.find((item) => item.key === state.chosen) ?? items[0] ?? null
  const busy = state.answering.status === 'loading'
  return (
    <section aria-labelledby="view-title" data-testid="view-review">
      <ViewHeader title="Review">
        Matches Headcount is not sure about, across every archived meeting. Each answer is kept in
        your identity book and applied to every meeting and export, so it is never asked again.
      </ViewHeader>
      {state.queue.error ? <ErrorNotice error={state.queue.error} /> : null}
      {state.answering.error ? <ErrorNotice error={state.answering.error} /> : null}
      {!state.queue.data && state.queue.status === 'loading' ? (
        <p role="status">Reading the archived meetings…</p>
      ) : null}
      {state.queue.data ? (
        <p className={ui.muted} role="status" data-testid="review-count">
          {items.length === 0
            ? `Nothing to review in ${state.queue.data.instances} archived meetings.`
            : `${items.length} open questions in ${Object.keys(state.queue.data.openByMeeting).length} of ${state.queue.data.instances} archived meetings.`}
          {state.lastAnswer ? (
            <>
              {' '}
              Saved: {state.lastAnswer.summary}.{' '}
              <button type="button" className={ui.linkButton} onClick={() => void state.undoLast()}>
                Undo
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {chosen ? (
        <div className={styles.layout}>
          <ReviewEvidence item={chosen} />
          <div className={styles.actions} role="group" aria-label="Answer">
            {answers.map((choice) => (
              <button
                key={choice.id}
                type="button"
                className={choice.id === 'accept' ? ui.primary : ui.secondary}
                disabled={busy}
                onClick={() =>
                  choice.id === 'later' ? state.putOff() : void state.answer(choice.id)
                }
                data-testid={`review-${choice.id}`}
              >
                {choice.label} <kbd>{choice.key}</kbd>
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Open questions"
          columns={columns}
          rows={items}
          rowKey={(item) => item.key}
          rowClassName={(item) => (item.key === chosen?.key ? styles.chosen : undefined)}
          expandedRow={(item) =>
            item.key === chosen?.key ? null : (
              <button
                type="button"
                className={ui.linkButton}
                onClick={() => state.choose(item.key)}
              >
                Show this question
              </button>
            )
          }
          testId="review-table"
          rowTestId="review-row"
        />
      ) : null}
    </section>
  )
}
