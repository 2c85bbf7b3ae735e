/**
 * The port between storage logic and Electron's async safeStorage. The Electron adapter lives
 * in src/main/electron; everything here runs in plain Node so tests and the CLI can use it.
 */
export type CipherBackend =
  | 'gnome_libsecret'
  | 'kwallet'
  | 'kwallet5'
  | 'kwallet6'
  | 'basic_text'
  | 'unknown'
  | 'keychain'
  | 'dpapi'
  | 'unavailable'

export const cipherBackends: readonly CipherBackend[] = [
  'gnome_libsecret',
  'kwallet',
  'kwallet5',
  'kwallet6',
  'basic_text',
  'unknown',
  'keychain',
  'dpapi',
  'unavailable'
]

export interface SecretCipher {
  isAvailable(): Promise<boolean>
  /** macOS → 'keychain', Windows → 'dpapi', Linux → safeStorage's backend name. */
  backend(): Promise<CipherBackend>
  /** Returns base64 ciphertext. */
  encrypt(plain: string): Promise<string>
  decrypt(base64: string): Promise<{ value: string; shouldReEncrypt: boolean }>
}

/**
 * 'basic_text' and 'unknown' mean Chromium's hard-coded key: anyone who copies the file can
 * read the secret, so we treat them like no encryption unless the admin opts in.
 */
export type CipherStrength = 'strong' | 'weak' | 'none'

export function strengthOf(backend: CipherBackend, available: boolean): CipherStrength {
  if (!available || backend === 'unavailable') return 'none'
  if (backend === 'basic_text' || backend === 'unknown') return 'weak'
  return 'strong'
}

export function isCipherBackend(value: unknown): value is CipherBackend {
  return typeof value === 'string' && (cipherBackends as readonly string[]).includes(value)
}

/** For the CLI and browser preview, where no OS keyring is reachable: secrets stay in memory. */
export const unavailableCipher: SecretCipher = {
  isAvailable: async () => false,
  backend: async () => 'unavailable',
  encrypt: async () => {
    throw new Error('Encryption is not available in this environment.')
  },
  decrypt: async () => {
    throw new Error('Encryption is not available in this environment.')
  }
}
