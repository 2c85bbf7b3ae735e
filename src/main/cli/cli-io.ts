/** What the CLI touches outside itself, so tests can run it in-process with fake streams. */
export interface CliStream {
  write(text: string): unknown
  isTTY?: boolean
}

export interface CliIo {
  stdout: CliStream
  stderr: CliStream
  env: Record<string, string | undefined>
  /** Aborted on Ctrl+C. */
  signal?: AbortSignal
  /** Resolves relative --csv paths; default process.cwd(). */
  cwd?: string
  /** Default real time; tests pin it. */
  now?: () => Date
}

/** A CliStream that keeps everything written to it (tests, --help capture). */
export class MemoryStream implements CliStream {
  text = ''
  isTTY = false
  write(text: string): boolean {
    this.text += text
    return true
  }
}
