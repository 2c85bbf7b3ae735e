import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { InvokeOutput } from '@shared/ipc/contract'
import { UsersView } from '../../../../src/renderer/src/features/users/UsersView'
import { useAccountsStore } from '../../../../src/renderer/src/stores/use-accounts-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { accountsState, userRow } from '../support/samples'

// #20 on the Users screen: plain outcomes, a template to start from, files of the list and of
// a bulk run, and Escape to close a user's details.

function connect(): void {
  useAccountsStore.setState({
    account: {
      status: 'idle',
      data: accountsState({ mode: 'demo', label: 'Demo', hostEmail: 'me@demo.example' }),
      error: null,
      kind: null
    }
  })
}

const saved = ok({ saved: true, fileName: 'file.csv', rows: 2 })

const row = { line: 2, email: 'a@example.org', firstName: 'A', lastName: 'B', type: 1 }
const preview = (create: number): InvokeOutput<'users:bulk-preview'> => ({
  rows: [{ ...row, verdict: create > 0 ? 'create' : 'exists', reason: 'Already in Zoom.' }],
  counts: { create, exists: create > 0 ? 0 : 1, duplicate: 0, invalid: 0 },
  summary: create > 0 ? '1 person would be added.' : 'Nothing new to add: 1 already in Zoom.'
})
const outcome: InvokeOutput<'users:bulk-create'> = {
  rows: [
    { ...row, outcome: 'created', reason: 'Zoom emailed a@example.org an invitation.' },
    { ...row, line: 3, email: 'broken', outcome: 'not-sent', reason: 'This is not an email.' }
  ],
  counts: { created: 1, skipped: 0, failed: 0, 'not-sent': 1, 'not-tried': 0 },
  stoppedBecause: null,
  summary: '1 user added; 1 not sent (invalid).'
}
const refusedByZoom: InvokeOutput<'users:bulk-create'> = {
  ...outcome,
  rows: [
    ...outcome.rows,
    { ...row, line: 4, email: 'c@example.org', outcome: 'failed', reason: 'Zoom said no.' }
  ],
  counts: { ...outcome.counts, failed: 1 },
  summary: '1 user added; 1 failed, 1 not sent (invalid).'
}

async function openBulk(answers: Parameters<typeof installFakeBridge>[0]) {
  const user = userEvent.setup()
  connect()
  const fake = installFakeBridge({
    'users:list': ok({ users: [userRow('ada@example.org')] }),
    ...answers
  })
  render(<UsersView />)
  await user.click(screen.getByRole('button', { name: 'Add users from a CSV file' }))
  const panel = screen.getByTestId('bulk-add')
  return { user, fake, panel }
}

async function choose(user: ReturnType<typeof userEvent.setup>, panel: HTMLElement) {
  const file = new File(['email\na@example.org\n'], 'staff.csv', { type: 'text/csv' })
  await user.upload(within(panel).getByLabelText('Choose CSV file…'), file)
}

/** Chooses a file, adds its one new person, and returns the outcome table's rows. */
async function addFromFile(result: InvokeOutput<'users:bulk-create'>) {
  const { user, panel } = await openBulk({
    'users:bulk-preview': ok(preview(1)),
    'users:bulk-create': ok(result)
  })
  await choose(user, panel)
  await user.click(await within(panel).findByRole('button', { name: 'Add 1 user' }))
  const table = await within(panel).findByRole('table', { name: /What happened/ })
  return { panel, rows: within(table).getAllByRole('row').slice(1) }
}

describe('adding users from a file', () => {
  it('says “Nothing new to add” instead of “Add 0 users”', async () => {
    const { user, panel } = await openBulk({ 'users:bulk-preview': ok(preview(0)) })
    await choose(user, panel)
    const button = await within(panel).findByRole('button', { name: 'Nothing new to add' })
    expect(button).toBeDisabled()
    expect(within(panel).queryByText('Add 0 users')).toBeNull()
  })

  it('says “Not sent (invalid)” for a row never sent, and main’s one-sentence summary', async () => {
    const { panel, rows } = await addFromFile(outcome)
    const cells = rows.map((r) => within(r).getAllByRole('cell').at(-1)?.textContent)
    expect(cells).toEqual([
      'Added. Zoom emailed a@example.org an invitation.',
      'Not sent (invalid). This is not an email.'
    ])
    expect(within(panel).getByTestId('bulk-result-summary')).toHaveTextContent(
      '1 not sent (invalid)'
    )
  })

  it('colours rows never sent apart from those Zoom refused', async () => {
    const { rows } = await addFromFile(refusedByZoom)
    const tones = rows.map((r) => r.querySelector('[data-tone]')?.getAttribute('data-tone') ?? null)
    expect(tones).toEqual([null, 'notSent', 'refused'])
  })

  it('saves the outcome table, and offers a template to start from', async () => {
    const { user, fake, panel } = await openBulk({
      'users:bulk-preview': ok(preview(1)),
      'users:bulk-create': ok(outcome),
      'users:save-template': saved,
      'users:export-bulk-result': saved
    })
    await user.click(within(panel).getByRole('button', { name: 'Download a template CSV…' }))
    await choose(user, panel)
    await user.click(await within(panel).findByRole('button', { name: 'Add 1 user' }))
    await user.click(await within(panel).findByRole('button', { name: 'Save this table as CSV…' }))
    await waitFor(() =>
      expect(fake.calls.map((c) => c.channel).filter((c) => c.startsWith('users:'))).toEqual([
        'users:list',
        'users:save-template',
        'users:bulk-preview',
        'users:bulk-create',
        'users:list',
        'users:export-bulk-result'
      ])
    )
  })
})

describe('the users list', () => {
  it('can be saved as a file, as the command line can', async () => {
    const user = userEvent.setup()
    connect()
    const fake = installFakeBridge({
      'users:list': ok({ users: [userRow('ada@example.org'), userRow('bo@example.org')] }),
      'users:export-csv': saved
    })
    render(<UsersView />)
    await user.type(await screen.findByLabelText('Search by name or email'), 'bo@')
    await user.click(await screen.findByRole('button', { name: 'Export the 1 shown' }))
    await screen.findByText(/Saved 2 rows to “file.csv”/)
    await user.click(await screen.findByRole('button', { name: 'Export all 2 active users' }))
    expect(fake.inputsOf('users:export-csv')).toEqual([
      { status: 'active', emails: ['bo@example.org'] },
      { status: 'active' }
    ])
    expect(await screen.findByText(/Saved 2 rows to “file.csv”/)).toBeVisible()
  })

  it('closes a user’s details with Escape and gives focus back to the list', async () => {
    const user = userEvent.setup()
    connect()
    installFakeBridge({
      'users:list': ok({ users: [userRow('ada@example.org')] }),
      'users:get': ok({
        ...userRow('ada@example.org'),
        roleName: 'Member',
        jobTitle: null,
        personalMeetingUrl: null,
        verified: true
      })
    })
    render(<UsersView />)
    const name = await screen.findByRole('button', { name: 'Ada ada@example.org' })
    await user.click(name)
    expect(await screen.findByTestId('user-detail')).toBeVisible()
    await user.keyboard('{Escape}')
    expect(screen.queryByTestId('user-detail')).toBeNull()
    expect(screen.getByRole('button', { name: 'Ada ada@example.org' })).toHaveFocus()
  })
})
