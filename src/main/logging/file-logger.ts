import { mkdirSync } from 'node:fs'
import pino from 'pino'
import { createStream } from 'rotating-file-stream'
import type { LogFields, Logger } from './logger'
import { redactValue } from './redact'
import type { SecretRegistry } from './redact'

export interface FileLogger extends Logger {
  close(): Promise<void>
}

/**
 * JSON lines in the app's log folder, rotated at 5 MB with 5 files kept. Every message and
 * field goes through the redactor first, so a careless call still cannot write a secret.
 */
export function createFileLogger(options: {
  directory: string
  secrets: SecretRegistry
  fileName?: string
  level?: 'debug' | 'info' | 'warn' | 'error'
}): FileLogger {
  mkdirSync(options.directory, { recursive: true, mode: 0o700 })
  const stream = createStream(options.fileName ?? 'headcount.log', {
    path: options.directory,
    size: '5M',
    maxFiles: 5,
    mode: 0o600
  })
  const log = pino(
    { level: options.level ?? 'info', base: null, timestamp: pino.stdTimeFunctions.isoTime },
    stream
  )
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: LogFields): void => {
      const safeMessage = options.secrets.scrub(message)
      if (fields) log[level](redactValue(fields, options.secrets) as object, safeMessage)
      else log[level](safeMessage)
    }
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    close: () =>
      new Promise((resolve) => {
        log.flush()
        stream.end(() => resolve())
      })
  }
}
