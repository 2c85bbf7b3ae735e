import type { FaultController, Latency } from '../types'
import type { SimContext } from './context'
import { addPlan, clearPlans } from './planned-faults'

export function createFaultController(ctx: SimContext, defaultLatency: Latency): FaultController {
  return {
    setLatency: (ms) => {
      ctx.faults.latency = ms
    },
    setServerErrorRate: (rate) => {
      ctx.faults.serverErrorRate = clampRate(rate)
    },
    setConnectionResetRate: (rate) => {
      ctx.faults.connectionResetRate = clampRate(rate)
    },
    force429Burst: (count, category) =>
      ctx.limiter.forceBurst(Math.max(0, Math.floor(count)), category),
    revokeAllTokens: () => ctx.tokens.revokeAll(),
    expireAllPageTokens: () => ctx.pages.expireAll(),
    inject: (plan) => addPlan(ctx.planned, plan),
    applied: () => ctx.planned.applied,
    reset: () => {
      clearPlans(ctx.planned)
      ctx.faults.latency = defaultLatency
      ctx.faults.serverErrorRate = 0
      ctx.faults.connectionResetRate = 0
      ctx.limiter.reset()
      ctx.dailyCaps.reset()
    }
  }
}

function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0
}
