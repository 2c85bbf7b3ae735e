import { randomUUID } from 'node:crypto'
import { AppFailure } from '../../shared/app-error'
import type { CipherBackend } from './secret-cipher'
import {
  newProfileSchema,
  parseInput,
  profilePatchSchema
} from '../../shared/settings/input-schemas'
import { findProfile, type SettingsRepo } from './settings-repo'
import { MAX_PROFILES, type SettingsData, type StoredProfile } from './settings-schema'
import type { SecretSaveResult, SecretStatus, Vault } from './vault'
import { secretLabel } from './vault-messages'

/** What the UI and logs may see of a profile: never the secret, never its ciphertext. */
export interface ProfileSummary extends Omit<StoredProfile, 'secret'> {
  isActive: boolean
  hasSecret: boolean
  secretStatus: SecretStatus
  secretBackend: CipherBackend | null
  /** The saved-accounts line about the secret, worded with the rest of the storage messages. */
  secretLabel: string
}

export interface ProfileSaveResult {
  profile: ProfileSummary
  /** Present when a client secret was part of the input. */
  secret: SecretSaveResult | null
}

export interface ProfilesOptions {
  repo: SettingsRepo
  vault: Vault
  newId?: () => string
  now?: () => Date
}

/** One profile per Zoom account (Server-to-Server OAuth app); several may exist. */
export interface Profiles {
  list(): ProfileSummary[]
  get(id: string): ProfileSummary
  active(): ProfileSummary | null
  setActive(id: string): ProfileSummary
  /** The first profile added becomes the active one. */
  create(input: unknown): Promise<ProfileSaveResult>
  /** A new client ID makes the old secret useless, so it is dropped unless a new one is given. */
  update(id: string, patch: unknown): Promise<ProfileSaveResult>
  /** If the active profile goes, the next remaining one (if any) becomes active. */
  remove(id: string): void
}

export function createProfiles(options: ProfilesOptions): Profiles {
  const { repo, vault } = options
  const newId = options.newId ?? randomUUID
  const now = options.now ?? (() => new Date())

  const summarize = (profile: StoredProfile, activeId: string | null): ProfileSummary => {
    const state = vault.stateOf(profile)
    return {
      id: profile.id,
      name: profile.name,
      accountId: profile.accountId,
      clientId: profile.clientId,
      plan: profile.plan,
      hostEmail: profile.hostEmail,
      createdAt: profile.createdAt,
      isActive: profile.id === activeId,
      hasSecret: state.status === 'saved' || state.status === 'session-only',
      secretStatus: state.status,
      secretBackend: state.backend,
      secretLabel: secretLabel(state.status, state.backend)
    }
  }

  function get(id: string): ProfileSummary {
    const data = repo.read()
    return summarize(findProfile(data, id), data.activeProfileId)
  }

  return {
    list() {
      const data = repo.read()
      return data.profiles.map((profile) => summarize(profile, data.activeProfileId))
    },
    get,
    active() {
      const data = repo.read()
      const profile = data.profiles.find((candidate) => candidate.id === data.activeProfileId)
      return profile ? summarize(profile, data.activeProfileId) : null
    },
    setActive(id) {
      repo.update((draft) => {
        findProfile(draft, id)
        draft.activeProfileId = id
      })
      return get(id)
    },
    async create(input) {
      const { clientSecret, ...fields } = parseInput(newProfileSchema, input)
      const id = newId()
      repo.update((draft) => {
        if (draft.profiles.length >= MAX_PROFILES) {
          throw new AppFailure({
            code: 'invalid-input',
            message: `Headcount can hold at most ${MAX_PROFILES} Zoom accounts.`,
            remedy: 'Remove an account you no longer use, then add this one.'
          })
        }
        assertNotDuplicate(draft, fields.accountId, fields.clientId, null)
        draft.profiles.push({
          id,
          ...fields,
          hostEmail: fields.hostEmail ?? null,
          secret: null,
          createdAt: now().toISOString()
        })
        draft.activeProfileId ??= id
      })
      const secret = clientSecret ? await vault.saveSecret(id, clientSecret) : null
      return { profile: get(id), secret }
    },
    async update(id, patch) {
      const { clientSecret, ...fields } = parseInput(profilePatchSchema, patch)
      let clientChanged = false
      repo.update((draft) => {
        const profile = findProfile(draft, id)
        const accountId = fields.accountId ?? profile.accountId
        const clientId = fields.clientId ?? profile.clientId
        assertNotDuplicate(draft, accountId, clientId, id)
        clientChanged = clientId !== profile.clientId
        Object.assign(profile, fields)
        if (clientChanged && !clientSecret) profile.secret = null
      })
      if (clientChanged && !clientSecret) vault.forget(id)
      const secret = clientSecret ? await vault.saveSecret(id, clientSecret) : null
      return { profile: get(id), secret }
    },
    remove(id) {
      repo.update((draft) => {
        findProfile(draft, id)
        draft.profiles = draft.profiles.filter((profile) => profile.id !== id)
        if (draft.activeProfileId === id) draft.activeProfileId = draft.profiles[0]?.id ?? null
      })
      vault.forget(id)
    }
  }
}

function assertNotDuplicate(
  data: SettingsData,
  accountId: string,
  clientId: string,
  ownId: string | null
): void {
  const twin = data.profiles.find(
    (profile) =>
      profile.id !== ownId && profile.accountId === accountId && profile.clientId === clientId
  )
  if (twin) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `This Zoom account and app are already saved as "${twin.name}".`,
      remedy: 'Use the existing profile, or remove it first.'
    })
  }
}
