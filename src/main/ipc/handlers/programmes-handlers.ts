import type { PeopleService } from '../../people/people-service'
import type { DomainHandlers } from '../router'

export function createProgrammesHandlers(people: PeopleService): DomainHandlers<'programmes'> {
  return {
    'programmes:list': () => people.programmes(),
    'programmes:save': (input) => people.saveProgramme(input),
    'programmes:delete': (input) => people.deleteProgramme(input.id),
    'programmes:report': (input) => people.report(input),
    'programmes:export-csv': (input) => people.exportProgramme(input)
  }
}
