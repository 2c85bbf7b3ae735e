import type { ReactNode } from 'react'
import { request } from '../lib/bridge'

/**
 * Links leave the app through main, which opens only https links to Zoom's own sites in the
 * system browser; the window itself never navigates away.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault()
        void request((api) => api.app.openExternal({ url: href }))
      }}
    >
      {children}
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  )
}
