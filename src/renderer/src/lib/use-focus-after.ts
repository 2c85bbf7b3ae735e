/**
 * Keeps keyboard users in place when what they were using goes away: after `active` turns
 * false (a sync ends, taking its Cancel button with it), focus moves to the element `target`
 * finds, but only if focus was lost to the page, never taken from somewhere else.
 */
import { useEffect, useRef } from 'react'

export function useFocusAfter(active: boolean, target: () => HTMLElement | null): void {
  const wasActive = useRef(active)
  const find = useRef(target)
  useEffect(() => {
    find.current = target
  })
  useEffect(() => {
    const ended = wasActive.current && !active
    wasActive.current = active
    const lost = document.activeElement === null || document.activeElement === document.body
    if (ended && lost) find.current()?.focus()
  }, [active])
}
