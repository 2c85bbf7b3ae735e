// jsdom does no layout, so a virtual table would show no rows. This gives every element the
// sizes a browser would (a 440 px scroll box, 44 px rows) for the length of a test.
import { afterEach, beforeEach, vi } from 'vitest'

export function useFakeLayout(): void {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(440)
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(44)
  })
  afterEach(() => vi.restoreAllMocks())
}
