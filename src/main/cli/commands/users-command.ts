import { buildCsvTable } from '../../csv'
import { userCsvColumns } from '../../users/users-csv'
import type { UserStatus } from '../../zoom'
import type { CommandContext, CommandResult } from './command-result'

/** `headcount users`: every user of the account with one status (default active). */
export async function usersCommand(
  context: CommandContext,
  options: { status: UserStatus }
): Promise<CommandResult> {
  const users = await context.client.listUsers(options.status, { signal: context.signal }).toArray()
  return { table: buildCsvTable(userCsvColumns, users), notes: [], incomplete: null }
}
