import { checkFeatures } from '../../shared/accounts/feature-access'
import type { FeatureCheck } from '../../shared/ipc/contracts/accounts-contract'
import type { AccountConnection } from './account-connection'

/**
 * Test connection: which Headcount features the connected account's app may use, from the
 * scopes Zoom granted and what Zoom refused for want of a paid plan (remembered per account).
 */
export interface FeatureChecks {
  test(): Promise<FeatureCheck[]>
  /** Remembers that Zoom refused a feature for want of a paid plan (code 200). */
  notePaidPlanRequired(feature: FeatureCheck['id']): void
}

export function createFeatureChecks(connection: AccountConnection): FeatureChecks {
  const paidPlanMissing = new Map<string, Set<FeatureCheck['id']>>()
  return {
    async test() {
      const { client, accountKey } = connection.requireClient()
      const granted = await client.grantedScopes()
      return checkFeatures(granted, paidPlanMissing.get(accountKey) ?? new Set())
    },
    notePaidPlanRequired(feature) {
      const key = connection.connection().profileId ?? 'demo'
      const set = paidPlanMissing.get(key) ?? new Set()
      set.add(feature)
      paidPlanMissing.set(key, set)
    }
  }
}
