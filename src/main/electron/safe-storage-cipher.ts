import { safeStorage } from 'electron'
import { isCipherBackend } from '../storage/secret-cipher'
import type { CipherBackend, SecretCipher } from '../storage'

/**
 * Our small wrapper over Electron's async safeStorage (the sync calls are deprecated). Only
 * used after `ready`. It never turns on plain-text encryption: weak storage is the vault's
 * explicit opt-in.
 */
export function safeStorageCipher(): SecretCipher {
  return {
    isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    async backend(): Promise<CipherBackend> {
      if (process.platform === 'darwin') return 'keychain'
      if (process.platform === 'win32') return 'dpapi'
      const name = safeStorage.getSelectedStorageBackend()
      return isCipherBackend(name) ? name : 'unknown'
    },
    async encrypt(plain) {
      return (await safeStorage.encryptStringAsync(plain)).toString('base64')
    },
    async decrypt(base64) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
        Buffer.from(base64, 'base64')
      )
      return { value: result, shouldReEncrypt }
    }
  }
}
