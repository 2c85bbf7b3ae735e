import { useState } from 'react'
import type { ProfileSummaryView } from '@shared/ipc/contracts/accounts-contract'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import { SecretPrompt } from './SecretPrompt'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

const secretWords: Record<ProfileSummaryView['secretStatus'], string> = {
  saved: 'Secret saved (encrypted)',
  'session-only': 'Secret kept until Headcount closes',
  'needs-secret': 'Enter the client secret again',
  missing: 'No client secret yet'
}

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
  const profiles = useAccountsStore((s) => s.account.data?.profiles ?? [])
  const connection = useAccountsStore((s) => s.account.data?.connection)
  const connect = useAccountsStore((s) => s.connect)
  const forget = useAccountsStore((s) => s.forget)
  const busy = useAccountsStore(selectBusy)
  const [forgetting, setForgetting] = useState<ProfileSummaryView | null>(null)
  const [archive, setArchive] = useState<ArchiveChoice>('keep')

  if (profiles.length === 0) return null
  return (
    <section className={ui.panel} aria-labelledby="profiles-title">
      <h2 id="profiles-title">Saved Zoom accounts</h2>
      <ul className={styles.profileList}>
        {profiles.map((profile) => {
          const inUse = connection?.profileId === profile.id
          return (
            <li key={profile.id} className={styles.profileRow} data-testid="profile-row">
              <div>
                <p className={styles.profileName}>
                  {profile.name} {inUse ? <span className={ui.badge}>In use</span> : null}
                </p>
                <p className={ui.muted}>
                  Account ID {profile.accountId} · {secretWords[profile.secretStatus]}
                </p>
              </div>
              <div className={ui.rowActions}>
                {!inUse ? (
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
                  disabled={busy !== null}
                  onClick={() => {
                    setArchive('keep')
                    setForgetting(profile)
                  }}
                >
                  Forget…
                </button>
              </div>
              {profile.secretStatus === 'needs-secret' || profile.secretStatus === 'missing' ? (
                <SecretPrompt profileId={profile.id} name={profile.name} />
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
          touched. You can add it again later with the same credentials.
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
