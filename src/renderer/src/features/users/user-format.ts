import type { UserRow } from '@shared/ipc/contracts/users-contract'

const roleNames: Record<string, string> = { '0': 'Owner', '1': 'Admin', '2': 'Member' }

/** Zoom lists only a role id; the three built-in roles have fixed ids. */
export function roleLabel(roleId: string | null, roleName?: string | null): string {
  if (roleName) return roleName
  if (roleId === null) return '—'
  return roleNames[roleId] ?? 'Custom role'
}

/** Case-insensitive search over the name, email and department. */
export function matchesSearch(user: UserRow, search: string): boolean {
  const needle = search.trim().toLowerCase()
  if (!needle) return true
  return [user.displayName, user.email, user.firstName, user.lastName, user.department].some(
    (field) => field.toLowerCase().includes(needle)
  )
}
