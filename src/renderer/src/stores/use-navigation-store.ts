import { create } from 'zustand'

export const views = [
  { id: 'meetings', label: 'Meetings' },
  { id: 'attendance', label: 'Attendance' },
  { id: 'users', label: 'Users' },
  { id: 'accounts', label: 'Accounts' }
] as const

export type ViewId = (typeof views)[number]['id']

interface NavigationState {
  current: ViewId
  go(view: ViewId): void
}

export const useNavigationStore = create<NavigationState>((set) => ({
  current: 'meetings',
  go: (view) => set({ current: view })
}))
