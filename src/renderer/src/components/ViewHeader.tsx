import type { ReactNode } from 'react'
import styles from './ViewHeader.module.css'

export function ViewHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className={styles.header}>
      <h1 id="view-title" tabIndex={-1}>
        {title}
      </h1>
      {children ? <p className={styles.lead}>{children}</p> : null}
    </header>
  )
}
