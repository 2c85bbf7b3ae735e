import type { UserStatusName } from '@shared/ipc/contracts/users-contract'

export const userTabs: Array<{ id: UserStatusName; label: string }> = [
  { id: 'active', label: 'Active' },
  { id: 'inactive', label: 'Inactive' },
  { id: 'pending', label: 'Pending' }
]
