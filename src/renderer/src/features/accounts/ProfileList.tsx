import { useState } from 'react'
import type { ProfileSummaryView } from '@shared/ipc/contracts/accounts-contract'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import { ProfileEditForm } from './ProfileEditForm'
import { SecretPrompt } from './SecretPrompt'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

type Opened = { id: string; what: 'edit' | 'secret' } | null

/** One empty list, so the store selector answers the same thing until there are accounts. */
const noProfiles: ProfileSummaryView[] = []

type ArchiveChoice = 'keep' | 'delete'

const archiveChoices = [
  {
    id: 'keep',
    label: 'Keep it',
    explain: 'Meetings Zoom no longer has stay readable if you add the account again.'
  },
  {
    id: 'delete',
    label: 'Delete it too',
    explain: 'Every archived session of this account is deleted. This cannot be undone.'
  }
] as const

export function ProfileList() {
  const profiles = useAccountsStore((s) => s.account.data?.profiles ?? noProfiles)
  const connection = useAccountsStore((s) => s.account.data?.connection)
  const connect = useAccountsStore((s) => s.connect)
  const forget = useAccountsStore((s) => s.forget)
  const busy = useAccountsStore(selectBusy)
  const [forgetting, setForgetting] = useState<ProfileSummaryView | null>(null)
  const [opened, setOpened] = useState<Opened>(null)
  const [archive, setArchive] = useState<ArchiveChoice>('keep')

  if (profiles.length === 0) return null
  const toggle = (id: string, what: 'edit' | 'secret'): void =>
    setOpened((o) => (o?.id === id && o.what === what ? null : { id, what }))
  return (
    <section className={ui.panel} aria-labelledby="profiles-title">
      <h2 id="profiles-title">Saved Zoom accounts</h2>
      <ul className={styles.profileList}>
        {profiles.map((profile) => {
          const inUse = connection?.profileId === profile.id
          const needsSecret =
            profile.secretStatus === 'needs-secret' || profile.secretStatus === 'missing'
          const open = opened?.id === profile.id ? opened.what : null
          return (
            <li key={profile.id} className={styles.profileRow} data-testid="profile-row">
              <div>
                <p className={styles.profileName}>
                  {profile.name} {inUse ? <span className={ui.badge}>In use</span> : null}
                </p>
                <p className={ui.muted}>
                  Account ID {profile.accountId} · {profile.secretLabel}
                </p>
              </div>
              <div className={ui.rowActions}>
                {!inUse && !needsSecret ? (
                  <button
                    type="button"
                    className={ui.secondary}
                    disabled={busy !== null}
                    onClick={() => void connect(profile.id)}
                  >
                    Use this account
                  </button>
                ) : null}
                <button
                  type="button"
                  className={ui.secondary}
                  aria-expanded={open === 'edit'}
                  onClick={() => toggle(profile.id, 'edit')}
                >
                  Edit…
                </button>
                {needsSecret ? null : (
                  <button
                    type="button"
                    className={ui.secondary}
                    aria-expanded={open === 'secret'}
                    onClick={() => toggle(profile.id, 'secret')}
                  >
                    Change secret…
                  </button>
                )}
                <button
                  type="button"
                  className={ui.secondary}
                  disabled={busy !== null}
                  onClick={() => {
                    setArchive('keep')
                    setForgetting(profile)
                  }}
                >
                  Forget…
                </button>
              </div>
              {open === 'edit' ? (
                <ProfileEditForm profile={profile} onDone={() => setOpened(null)} />
              ) : null}
              {needsSecret || open === 'secret' ? (
                <SecretPrompt
                  profileId={profile.id}
                  name={profile.name}
                  onCancel={needsSecret ? undefined : () => setOpened(null)}
                  onDone={() => setOpened(null)}
                />
              ) : null}
            </li>
          )
        })}
      </ul>
      <ConfirmDialog
        open={forgetting !== null}
        title={`Forget “${forgetting?.name ?? ''}”?`}
        confirmLabel="Forget this account"
        onCancel={() => setForgetting(null)}
        onConfirm={() => {
          if (forgetting) void forget(forgetting.id, archive === 'keep')
          setForgetting(null)
        }}
      >
        <p>
          Headcount will delete the saved credentials. Your Zoom account and its meetings are not
          touched. You can add it again later with the same credentials. To correct a mistyped
          secret, choose “Change secret…” instead.
        </p>
        <ChoiceGroup<ArchiveChoice>
          legend="Its archived attendance on this computer"
          name="forget-archive"
          choices={archiveChoices}
          value={archive}
          onChange={setArchive}
        />
      </ConfirmDialog>
    </section>
  )
}
