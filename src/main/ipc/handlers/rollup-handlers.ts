import type { RollUpService } from '../../attendance/use-cases/rollup-service'
import type { DomainHandlers } from '../router'

export function createRollupHandlers(rollups: RollUpService): DomainHandlers<'rollup'> {
  return {
    'rollup:load': (input) => rollups.load(input),
    'rollup:export-csv': (input) => rollups.exportCsv(input)
  }
}
