import { userTypeLabel } from '../../shared/admin/user-input'
import type { CsvColumn } from '../csv'
import type { ZoomUserListItem } from '../zoom'

/**
 * The columns of a users list as CSV: one set for `headcount users` and the window's export,
 * so a file made either way opens the same in Excel.
 */
export const userCsvColumns: CsvColumn<ZoomUserListItem>[] = [
  { header: 'User ID', value: (u) => u.id ?? '' },
  { header: 'Email', value: (u) => u.email },
  { header: 'First Name', value: (u) => u.first_name ?? '' },
  { header: 'Last Name', value: (u) => u.last_name ?? '' },
  { header: 'Display Name', value: (u) => u.display_name ?? '' },
  { header: 'Type', value: (u) => userTypeLabel(u.type) },
  { header: 'Status', value: (u) => u.status ?? '' },
  { header: 'Department', value: (u) => u.dept ?? '' },
  { header: 'Time Zone', value: (u) => u.timezone ?? '' },
  { header: 'Created (UTC)', value: (u) => u.user_created_at ?? u.created_at ?? '' },
  { header: 'Last Sign-in (UTC)', value: (u) => u.last_login_time ?? '' }
]
