import type { AriaRole, ReactNode } from 'react'
import clsx from 'clsx'
import styles from './Notice.module.css'

/**
 * A boxed message: what happened in bold, then what to do, then any buttons or lists. The tone
 * colours it; the role (alert, status, note) is what screen readers announce.
 */
export function Notice(props: {
  tone?: 'plain' | 'warning' | 'error' | 'success'
  message?: ReactNode
  remedy?: ReactNode
  role?: AriaRole
  testId?: string
  children?: ReactNode
}) {
  return (
    <div
      className={clsx(styles.notice, props.tone && styles[props.tone])}
      role={props.role}
      data-testid={props.testId}
    >
      {props.message ? <p className={styles.message}>{props.message}</p> : null}
      {props.remedy ? <p className={styles.remedy}>{props.remedy}</p> : null}
      {props.children}
    </div>
  )
}
