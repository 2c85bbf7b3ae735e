import { AppFailure } from '../../../shared/app-error'
import type { AppIdentity, LinkOpener } from '../../platform/platform'
import { externalUrlToOpen } from '../../security/external-links'
import type { DomainHandlers } from '../router'

export function createAppHandlers(deps: {
  identity: AppIdentity
  links: LinkOpener
}): DomainHandlers<'app'> {
  return {
    'app:get-info': async () => ({ ...deps.identity }),
    'app:open-external': async ({ url }) => {
      const href = externalUrlToOpen(url)
      if (href === null) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'Headcount only opens secure links to Zoom’s own websites.',
          remedy: 'Copy the link and open it in your browser yourself if you trust it.'
        })
      }
      await deps.links.openExternal(href)
      return { opened: true as const }
    }
  }
}
