import { buildCsvTable, type CsvColumn } from '../../csv'
import type { UserStatus, ZoomUserListItem } from '../../zoom'
import type { CommandContext, CommandResult } from './command-result'

const userTypes: Record<number, string> = { 1: 'Basic', 2: 'Licensed', 3: 'On-prem', 99: 'None' }

const columns: CsvColumn<ZoomUserListItem>[] = [
  { header: 'User ID', value: (u) => u.id ?? '' },
  { header: 'Email', value: (u) => u.email },
  { header: 'First Name', value: (u) => u.first_name ?? '' },
  { header: 'Last Name', value: (u) => u.last_name ?? '' },
  { header: 'Display Name', value: (u) => u.display_name ?? '' },
  { header: 'Type', value: (u) => userTypes[u.type] ?? String(u.type) },
  { header: 'Status', value: (u) => u.status ?? '' },
  { header: 'Department', value: (u) => u.dept ?? '' },
  { header: 'Time Zone', value: (u) => u.timezone ?? '' },
  { header: 'Created (UTC)', value: (u) => u.user_created_at ?? u.created_at ?? '' },
  { header: 'Last Sign-in (UTC)', value: (u) => u.last_login_time ?? '' }
]

/** `headcount users`: every user of the account with one status (default active). */
export async function usersCommand(
  context: CommandContext,
  options: { status: UserStatus }
): Promise<CommandResult> {
  const users = await context.client.listUsers(options.status, { signal: context.signal }).toArray()
  return { table: buildCsvTable(columns, users), notes: [], incomplete: null }
}
