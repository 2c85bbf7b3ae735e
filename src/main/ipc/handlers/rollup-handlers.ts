import type { RollUpService } from '../../attendance/use-cases/rollup-service'
import type { Handlers } from '../router'

export function createRollUpHandlers(
  rollups: RollUpService
): Pick<Handlers, 'rollup:load' | 'rollup:export-csv'> {
  return {
    'rollup:load': (input) => rollups.load(input),
    'rollup:export-csv': (input) => rollups.exportCsv(input)
  }
}
