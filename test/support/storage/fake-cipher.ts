import { randomBytes } from 'node:crypto'
import type { CipherBackend, SecretCipher } from '../../../src/main/storage/secret-cipher'

const NONCE_BYTES = 4

export interface FakeCipherState {
  available: boolean
  backend: CipherBackend
  /** Stands in for the machine's keyring key: a different key cannot decrypt. */
  machineKey: string
  shouldReEncrypt: boolean
  encryptError: Error | null
  /** Delay encrypt by this many microtask turns, to interleave calls. */
  encryptDelays: number[]
}

/**
 * A deterministic stand-in for Electron's async safeStorage. The ciphertext is the plaintext
 * XORed with the machine key, tagged with it and a nonce, then base64: never the plaintext or its base64.
 */
export class FakeCipher implements SecretCipher {
  readonly state: FakeCipherState
  readonly calls: string[] = []

  constructor(state: Partial<FakeCipherState> = {}) {
    this.state = {
      available: true,
      backend: 'gnome_libsecret',
      machineKey: 'machine-A',
      shouldReEncrypt: false,
      encryptError: null,
      encryptDelays: [],
      ...state
    }
  }

  async isAvailable(): Promise<boolean> {
    this.calls.push('isAvailable')
    return this.state.available
  }

  async backend(): Promise<CipherBackend> {
    this.calls.push('backend')
    return this.state.backend
  }

  async encrypt(plain: string): Promise<string> {
    this.calls.push('encrypt')
    const delay = this.state.encryptDelays.shift() ?? 0
    for (let i = 0; i < delay; i++) await new Promise((resolve) => setImmediate(resolve))
    if (this.state.encryptError) throw this.state.encryptError
    const tag = `${this.state.machineKey}|`
    // A random nonce, like real backends, so each encryption gives different bytes.
    const nonce = randomBytes(NONCE_BYTES)
    return Buffer.concat([Buffer.from(tag), nonce, this.xor(Buffer.from(plain, 'utf8'))]).toString(
      'base64'
    )
  }

  async decrypt(base64: string): Promise<{ value: string; shouldReEncrypt: boolean }> {
    this.calls.push('decrypt')
    const bytes = Buffer.from(base64, 'base64')
    const tag = Buffer.from(`${this.state.machineKey}|`)
    if (!this.state.available || !bytes.subarray(0, tag.length).equals(tag)) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.'
      )
    }
    const value = this.xor(bytes.subarray(tag.length + NONCE_BYTES)).toString('utf8')
    return { value, shouldReEncrypt: this.state.shouldReEncrypt }
  }

  count(call: string): number {
    return this.calls.filter((name) => name === call).length
  }

  private xor(input: Buffer): Buffer {
    const key = Buffer.from(this.state.machineKey)
    return Buffer.from(input.map((byte, i) => byte ^ key[i % key.length] ^ 0x5a))
  }
}
