import type { ReactNode } from 'react'
import { useRequest } from '../lib/use-request'
import ui from '../styles/ui.module.css'

/**
 * Links leave the app through main, which opens only https links to Zoom's own sites in the
 * system browser; the window itself never navigates away. A refused link says why, with the
 * address to copy, instead of doing nothing.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const [opening, slot] = useRequest<{ opened: true }>()
  return (
    <>
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault()
          void slot.run((api) => api.app.openExternal({ url: href }), { keepData: false })
        }}
      >
        {children}
        <span className={ui.visuallyHidden}> (opens in your browser)</span>
      </a>
      {opening.error ? (
        <span role="alert" className={ui.fieldError}>
          {' '}
          {opening.error.message} {opening.error.remedy ?? ''} The link is {href}
        </span>
      ) : null}
    </>
  )
}
