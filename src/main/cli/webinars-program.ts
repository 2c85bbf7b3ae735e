/** The `headcount webinars` command's arguments, kept beside program.ts so it only adds a line. */
import type { Command } from 'commander'
import { parseUser } from './cli-arguments'
import { webinarsCommand } from './commands/webinars-command'
import type { Dispatch, GlobalOptions } from './program'

export function addWebinarsCommand(
  program: Command,
  globals: (command: Command) => GlobalOptions,
  dispatch: Dispatch
): void {
  program
    .command('webinars')
    .description("list a host's webinars, or the sessions they held (--past)")
    .option('--user <email-or-id>', 'the host: email address, Zoom user ID, or "me"', 'me')
    .option('--past', 'list the sessions held, with the UUID that attendance takes')
    .option('--csv <file>', 'save to this file instead of printing')
    .action(async (options: { user: string; past?: boolean; csv?: string }, command: Command) => {
      const user = parseUser(options.user)
      const global = globals(command)
      await dispatch(global, options.csv, {
        kind: 'zoom',
        run: (context) =>
          webinarsCommand(context, { user, past: options.past === true, demo: global.demo })
      })
    })
}
