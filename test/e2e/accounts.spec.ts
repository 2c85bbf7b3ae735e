import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, saveReadmeScreenshot, test } from './support/fixtures'
import type { AppHarness } from './support/fixtures'

/** Every file under the data folder: settings, logs, caches. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
}

/** Records every answer and event main sends the window, to scan for the canary. */
function recordMainToWindow(app: AppHarness): string[] {
  const seen: string[] = []
  app.page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/ipc/')) seen.push(await response.text())
  })
  return seen
}

test.describe('setting up a Zoom account', () => {
  test('set up, test the connection, sign in as host, sign out, forget — and the secret stays put', async ({
    app
  }) => {
    test.skip(app.target !== 'browser-preview', 'The canary scan reads the preview’s IPC traffic.')
    const { page, zoom } = app
    const canary = zoom.clientSecret
    const answers = recordMainToWindow(app)

    await page.getByRole('button', { name: 'Connect your Zoom account' }).click()
    await expect(
      page.getByRole('heading', { name: 'Connect your organisation’s Zoom account' })
    ).toBeVisible()

    // Field shapes are checked before anything is sent.
    await page.getByRole('button', { name: 'Save account' }).click()
    await expect(page.getByText('Name is required.')).toBeVisible()

    await page.getByLabel('Name for this account').fill('Volunteer onboarding')
    await page.getByLabel('Account ID').fill(zoom.accountId)
    await page.getByLabel('Client ID').fill(zoom.clientId)
    await page.getByLabel('Client secret').fill(canary)
    await saveReadmeScreenshot(app, 'account-setup', { fullPage: true })
    await page.getByRole('button', { name: 'Save account' }).click()

    const panel = page.getByTestId('connection-panel')
    await expect(panel.getByRole('heading', { name: 'In use: Volunteer onboarding' })).toBeVisible()
    // The browser preview has no keychain, so it says the secret is kept for this session only.
    await expect(
      page.getByText(/until Headcount closes|not saved|only for this session/i).first()
    ).toBeVisible()

    await panel.getByRole('button', { name: 'Test connection' }).click()
    await expect(page.getByTestId('feature-checklist')).toContainText(
      'Everything Headcount does is allowed'
    )

    // Whose meetings to show is picked from the account's own people, by name.
    const host = zoom.org.users.find((u) => u.status === 'active')!
    const showMeetingsOf = panel.getByLabel('Show meetings of')
    await expect(showMeetingsOf).toBeEnabled()
    await showMeetingsOf.selectOption(host.email.toLowerCase())
    await expect(showMeetingsOf).toHaveValue(host.email.toLowerCase())
    await saveReadmeScreenshot(app, 'account-connected')

    // Disconnecting keeps the account saved, ready to use again.
    await panel.getByRole('button', { name: 'Disconnect this account' }).click()
    await expect(panel).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Use this account' })).toBeVisible()

    await page.getByRole('button', { name: 'Forget…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Forget “Volunteer onboarding”?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Forget this account' }).click()
    await expect(page.getByTestId('profile-row')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Explore with demo data' })).toBeVisible()

    // The canary never comes back from main, and is nowhere in the page or on disk.
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })
    )
    expect(answers.length).toBeGreaterThan(5)
    for (const text of [...answers, await page.content(), stored, ...filesUnder(app.dataDir)]) {
      expect(text).not.toContain(canary)
    }
  })

  test('explore with demo data shows a clear demo banner', async ({ app }) => {
    await app.page.getByRole('button', { name: 'Explore with demo data' }).click()
    await expect(app.page.getByTestId('demo-banner')).toContainText('Demo data')
    await expect(app.page.getByTestId('connection-panel')).toContainText('Demo organisation')
    await app.page.getByRole('button', { name: 'Test connection' }).click()
    await expect(app.page.getByTestId('feature-checklist')).toContainText(
      'Everything Headcount does is allowed'
    )
    await saveReadmeScreenshot(app, 'demo-mode')
  })
})

test('when Zoom refuses the sign-in during work, every screen says so and points to Accounts', async ({
  app
}) => {
  const { page, zoom } = app
  await page.getByRole('button', { name: 'Connect your Zoom account' }).click()
  await page.getByLabel('Name for this account').fill('Typo in the secret')
  await page.getByLabel('Account ID').fill(zoom.accountId)
  await page.getByLabel('Client ID').fill(zoom.clientId)
  await page.getByLabel('Client secret').fill('not-the-real-secret')
  await page.getByRole('button', { name: 'Save account' }).click()
  await expect(page.getByTestId('connection-panel')).toBeVisible()

  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByLabel('Show meetings of').fill(zoom.org.users[0]!.email)
  await page.keyboard.press('Enter')
  const notice = page.getByTestId('auth-expired')
  await expect(notice).toBeVisible()
  await notice.getByRole('button', { name: 'Open Accounts' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible()
})
