import { create } from 'zustand'

export const views = [
  { id: 'meetings', label: 'Meetings' },
  { id: 'attendance', label: 'Attendance' },
  { id: 'archive', label: 'Archive' },
  { id: 'review', label: 'Review' },
  { id: 'users', label: 'Users' },
  { id: 'accounts', label: 'Accounts' }
] as const

export type ViewId = (typeof views)[number]['id']

interface NavigationState {
  current: ViewId
  /** Counts navigations, so choosing the current view again still moves focus to it. */
  visits: number
  go(view: ViewId): void
  /** Chooses the first view without moving focus (used once at start-up). */
  start(view: ViewId): void
}

export const useNavigationStore = create<NavigationState>((set) => ({
  current: 'meetings',
  visits: 0,
  go: (view) => set((state) => ({ current: view, visits: state.visits + 1 })),
  start: (view) => set({ current: view })
}))
