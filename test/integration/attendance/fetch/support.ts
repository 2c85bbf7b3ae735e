import { afterEach } from 'vitest'
import { openArchive, type Archive } from '../../../../src/main/archive'
import { accountArchive, type InstanceArchive } from '../../../../src/main/attendance/fetch'
import { archivePath, useTempFolder } from '../../../support/archive/temp-archive'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { createZoomClient, type ZoomClient, type ZoomClientConfig } from '../../../../src/main/zoom'

export function clientFor(
  target: RunningSimulator,
  overrides: Partial<ZoomClientConfig> = {}
): ZoomClient {
  return createZoomClient({
    accountId: target.accountId,
    clientId: target.clientId,
    clientSecret: target.clientSecret,
    apiBaseUrl: target.apiBaseUrl,
    oauthUrl: target.oauthUrl,
    plan: 'business',
    ...overrides
  })
}

/** A client that retries quickly, so a stopped or failing Zoom is known within milliseconds. */
export function fastGivingUp(target: RunningSimulator): ZoomClient {
  return clientFor(target, { maxAttempts: 2, backoff: { baseMs: 5, capMs: 10 } })
}

export function showcaseUuid(target: RunningSimulator): string {
  return target.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
}

/** An archive in a fresh folder per test, closed and removed afterwards; `shelf` is one account's. */
export function useTestArchives(account = 'profile-1'): () => Promise<{
  archive: Archive
  shelf: InstanceArchive
}> {
  const folder = useTempFolder()
  const open: Archive[] = []
  afterEach(async () => {
    for (const archive of open.splice(0)) await archive.close()
  })
  return async () => {
    const archive = await openArchive(archivePath(folder()))
    open.push(archive)
    return { archive, shelf: accountArchive(archive, account) }
  }
}
