// Renders the Archive screen with a connected demo account and a fake bridge, for the tests.
import { render } from '@testing-library/react'
import { ArchiveView } from '../../../../../src/renderer/src/features/archive/ArchiveView'
import { useAccountsStore } from '../../../../../src/renderer/src/stores/use-accounts-store'
import { followJobProgress } from '../../../../../src/renderer/src/stores/use-jobs-store'
import { idleRequest } from '../../../../../src/renderer/src/lib/request-state'
import { installFakeBridge, ok } from '../../support/fake-bridge'
import type { FakeAnswers } from '../../support/fake-bridge'
import { archiveStatus } from '../../support/archive-samples'
import { accountsState } from '../../support/samples'

export const demoConnection = {
  mode: 'demo' as const,
  label: 'Demo organisation',
  hostEmail: 'me@demo.example'
}

export function renderArchive(answers: FakeAnswers = {}, connected = true) {
  const fake = installFakeBridge({ 'archive:get-status': ok(archiveStatus()), ...answers })
  followJobProgress()
  useAccountsStore.setState({
    account: idleRequest(accountsState(connected ? demoConnection : {}))
  })
  render(<ArchiveView />)
  return fake
}
