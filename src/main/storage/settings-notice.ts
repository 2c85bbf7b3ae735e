/** Why the settings file was set aside; each gets its own plain-language explanation. */
export type SettingsResetReason = 'unreadable' | 'invalid' | 'newer-version' | 'migration-failed'

/** Shown to the admin once after start-up; the app keeps running with fresh settings. */
export interface SettingsNotice {
  code: 'settings-reset'
  reason: SettingsResetReason
  message: string
  remedy: string
  /** Where the old file was kept, so support can recover it by hand. */
  backupPath: string
}

const messages: Record<SettingsResetReason, string> = {
  unreadable:
    "Headcount's settings file was damaged and could not be read, so Headcount started with fresh settings.",
  invalid:
    "Headcount's settings file held values it could not use, so Headcount started with fresh settings.",
  'newer-version':
    'Your settings were saved by a newer version of Headcount, so this version started with fresh settings.',
  'migration-failed':
    'Headcount could not update your settings from an older version, so it started with fresh settings.'
}

const remedies: Record<SettingsResetReason, string> = {
  unreadable: 'Add your Zoom account again (account ID, client ID and client secret).',
  invalid: 'Add your Zoom account again (account ID, client ID and client secret).',
  'newer-version':
    'Install the latest version of Headcount to use your saved settings, or add your Zoom account again.',
  'migration-failed': 'Add your Zoom account again (account ID, client ID and client secret).'
}

export function resetNotice(reason: SettingsResetReason, backupPath: string): SettingsNotice {
  return {
    code: 'settings-reset',
    reason,
    message: messages[reason],
    remedy: `${remedies[reason]} A copy of the old file was kept at ${backupPath}.`,
    backupPath
  }
}
