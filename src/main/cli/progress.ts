import { SingleBar } from 'cli-progress'
import type { CliIo } from './cli-io'

export interface Progress {
  update(done: number, total: number, label?: string): void
  stop(): void
}

const quiet: Progress = { update: () => undefined, stop: () => undefined }

/** A bar on stderr when it is a terminal; nothing at all when output is piped or logged. */
export function createProgress(io: CliIo, what: string): Progress {
  if (io.stderr.isTTY !== true || !isNodeStream(io.stderr)) return quiet
  const bar = new SingleBar({
    stream: io.stderr,
    format: `${what} [{bar}] {value}/{total} {label}`,
    barCompleteChar: '#',
    barIncompleteChar: '.',
    hideCursor: true,
    clearOnComplete: true
  })
  let started = false
  return {
    update(done, total, label = '') {
      if (!started) {
        bar.start(Math.max(total, 1), done, { label })
        started = true
      }
      bar.setTotal(Math.max(total, 1))
      bar.update(done, { label })
    },
    stop() {
      if (started) bar.stop()
      started = false
    }
  }
}

function isNodeStream(stream: CliIo['stderr']): stream is NodeJS.WriteStream {
  return typeof (stream as Partial<NodeJS.WriteStream>).on === 'function'
}
