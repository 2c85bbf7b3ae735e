import type { PeopleService } from '../../people/people-service'
import type { DomainHandlers } from '../router'

export function createPeopleHandlers(people: PeopleService): DomainHandlers<'people'> {
  return {
    'people:search': (input) => people.search(input.text),
    'people:get-person': (input) => people.person(input.person, input.thresholdPercent),
    'people:list': (input) => people.list(input),
    'people:export-person': (input) =>
      people.exportPerson(input.person, input.thresholdPercent, input.timeZone),
    'people:export-list': (input) => people.exportList(input)
  }
}
