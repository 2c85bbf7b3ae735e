import type { ReactNode } from 'react'

export function ViewHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="view-header">
      <h1 id="view-title" tabIndex={-1}>
        {title}
      </h1>
      {children ? <p className="view-lead">{children}</p> : null}
    </header>
  )
}
