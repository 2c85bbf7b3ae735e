/**
 * The request helper for a component that owns its request (an export, "Show in folder", a
 * link): the same state shape and stale-answer guard as the stores, in a small store of the
 * component's own. Answers that arrive after the component has gone are dropped.
 */
import { useEffect, useState } from 'react'
import { createStore, useStore } from 'zustand'
import { idleRequest, requestSlot } from './request-state'
import type { RequestSlot, RequestState } from './request-state'

export function useRequest<T, Kind extends string = never>(): [
  RequestState<T, Kind>,
  RequestSlot<T, Kind>
] {
  const [{ store, slot }] = useState(() => {
    const store = createStore<RequestState<T, Kind>>(() => idleRequest())
    const slot = requestSlot<T, Kind>(store.getState, (next) => store.setState(next, true))
    return { store, slot }
  })
  useEffect(() => () => slot.reset(), [slot])
  return [useStore(store), slot]
}
