import { parse, type ParseEntry } from 'shell-quote'

/** One command line of a README ```sh block, split into words as a shell would. */
export interface ReadmeCommand {
  /** The README line it starts on (1-based), for messages that point at it. */
  line: number
  /** The command as written, continuation lines joined. */
  text: string
  words: string[]
  /** The file after a trailing `> file`, if any. */
  stdoutTo: string | null
}

/**
 * Every command in the ```sh blocks of a Markdown text: backslash-continued lines are joined,
 * comments dropped, and `> file` at the end taken apart. Anything else a shell would do
 * (pipes, `&&`, `2>`, variables) is refused by name, so a new kind of example fails loudly.
 */
export function readmeShellCommands(markdown: string): ReadmeCommand[] {
  const lines = markdown.split(/\r?\n/)
  const commands: ReadmeCommand[] = []
  let inBlock = false
  let pending: { line: number; text: string } | null = null
  lines.forEach((raw, index) => {
    if (!inBlock) {
      inBlock = /^```sh\s*$/.test(raw)
      return
    }
    if (/^```\s*$/.test(raw)) {
      inBlock = false
      return
    }
    const joined: { line: number; text: string } = pending
      ? { line: pending.line, text: `${pending.text} ${raw.trim()}` }
      : { line: index + 1, text: raw.trim() }
    if (joined.text.endsWith('\\')) {
      pending = { line: joined.line, text: joined.text.slice(0, -1).trim() }
      return
    }
    pending = null
    const command = splitCommand(joined.line, joined.text)
    if (command) commands.push(command)
  })
  return commands
}

function splitCommand(line: number, text: string): ReadmeCommand | null {
  // Variables stay as written: the test decides what they stand for.
  const entries = parse(text, (name) => `$${name}`).filter(
    (entry): entry is Exclude<ParseEntry, { comment: string }> =>
      !(typeof entry === 'object' && 'comment' in entry)
  )
  if (entries.length === 0) return null
  const words: string[] = []
  let stdoutTo: string | null = null
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]
    if (typeof entry === 'string') {
      words.push(entry)
      continue
    }
    const target = entries[i + 1]
    const isLast = i + 2 === entries.length
    const fdRedirect = words.at(-1) === '2'
    if ('op' in entry && entry.op === '>' && typeof target === 'string' && isLast && !fdRedirect) {
      stdoutTo = target
      break
    }
    throw new Error(
      `README line ${line}: "${text}" uses shell syntax this test does not run ` +
        `(${JSON.stringify(entry)}); only "> file" at the end is understood.`
    )
  }
  if (words.some((word) => word.startsWith('$'))) {
    throw new Error(`README line ${line}: "${text}" uses a variable; write the value instead.`)
  }
  return { line, text, words, stdoutTo }
}
