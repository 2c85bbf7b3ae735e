import { userStatuses, type UserStatusName } from '../../shared/ipc/contracts/users-contract'
import type { ZoomClient } from '../zoom'

/** Every email already in the account, with its status: active, inactive or pending. */
export async function loadExistingEmails(
  client: ZoomClient,
  signal?: AbortSignal
): Promise<Map<string, UserStatusName>> {
  const existing = new Map<string, UserStatusName>()
  for (const status of userStatuses) {
    for await (const user of client.listUsers(status, { signal })) {
      if (user.email) existing.set(user.email.toLowerCase(), status)
    }
  }
  return existing
}
