import { basename, dirname } from 'node:path'
import { AppFailure } from '../../shared/app-error'

/**
 * Turns a failed file write into the sentence a person reads, the same for every file Headcount
 * writes: exports, the settings file and its backups, the quota file. It writes nothing itself;
 * files/atomic-file.ts is the one writer. `chosen` files are where the person picked (an export):
 * the fix is another place. Headcount's own files live in its data folder: the fix is that folder.
 */
export type FilePlace = 'chosen' | 'headcount'

type Sentence = (name: string) => string

const problems: Record<string, Sentence> = {
  ENOENT: (name) => `The folder for "${name}" doesn't exist.`,
  EACCES: (name) => `Headcount isn't allowed to save "${name}" in that folder.`,
  EROFS: (name) => `The folder for "${name}" is read-only.`,
  EPERM: (name) => `"${name}" couldn't be replaced; it may be open in another program.`,
  EBUSY: (name) => `"${name}" is open in another program.`,
  EISDIR: (name) => `"${name}" is a folder, not a file.`,
  ENOSPC: (name) => `The disk is full, so "${name}" couldn't be saved.`
}

const pickAnotherFolder = 'Choose a folder you can write to, such as Documents.'
const closeIt = 'Close the file (for example in Excel) or choose another name, then save again.'
const chosenFixes: Record<string, string> = {
  ENOENT: 'Choose an existing folder and save again.',
  EACCES: pickAnotherFolder,
  EROFS: pickAnotherFolder,
  EPERM: closeIt,
  EBUSY: closeIt,
  EISDIR: 'Choose a file name, then save again.',
  ENOSPC: 'Free some space or choose another drive.'
}

const allowWriting = 'Give your user account permission to write to that folder, then try again.'
const headcountFixes: Record<string, string> = {
  ENOENT:
    'Check that the folder exists and that your user account can write to it, then try again.',
  EACCES: allowWriting,
  EROFS: allowWriting,
  EPERM:
    'Close any program that has the file open (or give your user account permission), then try again.',
  EBUSY: 'Close the program that has the file open, then try again.',
  EISDIR: 'Move or rename that folder (keep it if it holds files you need), then try again.',
  ENOSPC: 'Free some disk space, then try again.'
}

/** The person-facing failure for `error` while writing `path`; an AppFailure passes through. */
export function fileWriteFailure(error: unknown, path: string, place: FilePlace): AppFailure {
  if (error instanceof AppFailure) return error
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  const name = basename(path)
  const problem =
    problems[code]?.(name) ??
    `"${name}" couldn't be saved${error instanceof Error ? `: ${error.message}` : ''}.`
  if (place === 'chosen') {
    return new AppFailure({
      code: 'file',
      message: problem,
      remedy: chosenFixes[code] ?? 'Try again, or choose another folder.'
    })
  }
  // Headcount chose the place, so the person needs to know where it is.
  return new AppFailure({
    code: 'storage',
    message: `${problem} (Folder: ${dirname(path)})`,
    remedy:
      headcountFixes[code] ??
      'Check that your user account can write to that folder, then try again.'
  })
}
