/**
 * Whose meetings a sync walks: the hosts asked for (by email or Zoom user id, each checked with
 * Zoom first, so a typo stops the sync before any report call), or every active user.
 */
import { AppFailure } from '../../../shared/app-error'
import type { HostInput } from '../../archive'
import type { ZoomClient, ZoomUser, ZoomUserListItem } from '../../zoom'
import { hasCode } from '../fetch/fetch-errors'

export type SyncHost = Required<HostInput>

export async function chooseHosts(
  client: ZoomClient,
  requested: readonly string[] | undefined,
  signal?: AbortSignal
): Promise<SyncHost[]> {
  if (requested === undefined || requested.length === 0) {
    const users = await client.listUsers('active', { signal }).toArray()
    return unique(users.flatMap(hostOf))
  }
  const hosts: SyncHost[] = []
  for (const wanted of requested) {
    let user: ZoomUser
    try {
      user = await client.getUser(wanted, { signal })
    } catch (error) {
      if (!hasCode(error, 'not-found')) throw error
      throw new AppFailure({
        code: 'not-found',
        message: `There is no user ${wanted} in this Zoom account, so nothing was synced.`,
        remedy: 'Check the email address or user ID, or leave the host out to sync every user.'
      })
    }
    hosts.push(...hostOf(user))
  }
  return unique(hosts)
}

function hostOf(user: ZoomUser | ZoomUserListItem): SyncHost[] {
  if (typeof user.id !== 'string' || user.id === '') return []
  const name =
    user.display_name ?? [user.first_name, user.last_name].filter(Boolean).join(' ').trim()
  return [{ zoomUserId: user.id, email: user.email ?? '', displayName: name }]
}

function unique(hosts: SyncHost[]): SyncHost[] {
  const seen = new Set<string>()
  return hosts.filter((host) => !seen.has(host.zoomUserId) && seen.add(host.zoomUserId))
}
