/** The IPC contract spells out the engine's lists; they must stay the same, in the same order. */
import { describe, expect, it } from 'vitest'
import {
  identityRuleOrder,
  reviewKinds,
  rowFlagNames
} from '../../../../src/main/attendance/engine'
import {
  identityRules,
  reviewKinds as contractKinds,
  rowFlags
} from '../../../../src/shared/ipc/contracts/attendance-contract'

describe('engine and contract lists', () => {
  it('agree on identity rules, row flags and review kinds', () => {
    expect([...identityRules]).toEqual([...identityRuleOrder])
    expect([...rowFlags]).toEqual([...rowFlagNames])
    expect([...contractKinds]).toEqual([...reviewKinds])
  })
})
