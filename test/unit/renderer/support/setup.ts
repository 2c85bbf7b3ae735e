// Set-up for the window's tests in jsdom: DOM matchers, a clean page, fresh zustand stores and
// no bridge left over between tests.
import '@testing-library/jest-dom/vitest'
import { act, cleanup } from '@testing-library/react'
import { afterEach, expect, vi } from 'vitest'
import type * as Zustand from 'zustand'
import { removeFakeBridge, unansweredCalls } from './fake-bridge'

/** Resets every store made with zustand's create() to its first state (zustand's testing guide). */
const storeResets = new Set<() => void>()

vi.mock('zustand', async () => {
  const actual = await vi.importActual<typeof Zustand>('zustand')
  const remember = <S>(
    creator: Zustand.StateCreator<S>
  ): Zustand.UseBoundStore<Zustand.StoreApi<S>> => {
    const store = actual.create(creator)
    const initial = store.getInitialState()
    storeResets.add(() => store.setState(initial, true))
    return store
  }
  const create = (<S>(creator?: Zustand.StateCreator<S>) =>
    creator ? remember(creator) : remember) as typeof actual.create
  return { ...actual, create }
})

afterEach(() => {
  cleanup()
  act(() => storeResets.forEach((reset) => reset()))
  const unanswered = unansweredCalls()
  removeFakeBridge()
  // A call the test did not plan for is a finding, not something to pass over quietly.
  expect(unanswered, 'bridge calls without a fake answer').toEqual([])
})
