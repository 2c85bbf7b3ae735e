import AxeBuilder from '@axe-core/playwright'
import { expect, saveReadmeScreenshot, test } from './support/fixtures'
import type { AppHarness } from './support/fixtures'

/** No serious or critical accessibility problems in what is on screen now. */
async function expectAccessible(app: AppHarness): Promise<void> {
  const results = await new AxeBuilder({ page: app.page }).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical'
  )
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

async function openUsersWithDemo(app: AppHarness): Promise<void> {
  await app.page.getByRole('button', { name: 'Explore with demo data' }).click()
  await expect(app.page.getByTestId('demo-banner')).toBeVisible()
  await app.page.getByTestId('nav-users').click()
  await expect(app.page.getByTestId('users-count')).toContainText('active users shown')
}

/** Connects a saved account to the test's own simulator, through the UI as an admin would. */
async function connectSavedAccount(app: AppHarness): Promise<void> {
  const { page, zoom } = app
  await page.getByRole('button', { name: 'Connect your Zoom account' }).click()
  await page.getByLabel('Name for this account').fill('Test org')
  await page.getByLabel('Account ID').fill(zoom.accountId)
  await page.getByLabel('Client ID').fill(zoom.clientId)
  await page.getByLabel('Client secret').fill(zoom.clientSecret)
  await page.getByRole('button', { name: 'Save account' }).click()
  await expect(page.getByRole('heading', { name: 'In use: Test org' })).toBeVisible()
  await page.getByTestId('nav-users').click()
}

async function scheduleFor(app: AppHarness, displayName: string): Promise<void> {
  const { page } = app
  await page.getByLabel('Search by name or email').fill(displayName)
  await page.getByRole('button', { name: displayName, exact: true }).click()
  await page.getByRole('button', { name: 'Schedule a meeting for this user' }).click()
  await expect(page.getByTestId('create-meeting-form')).toBeVisible()
}

/** Uses up a host's 100 meeting creations for today, straight against the simulator. */
async function useUpDailyCreates(app: AppHarness, hostId: string): Promise<void> {
  const { zoom } = app
  const basic = Buffer.from(`${zoom.clientId}:${zoom.clientSecret}`).toString('base64')
  const tokenResponse = await fetch(zoom.oauthUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded'
    },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: zoom.accountId })
  })
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string }
  let created = 0
  while (created < 100) {
    const response = await fetch(`${zoom.apiBaseUrl}/users/${hostId}/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ topic: `Filler ${created}`, type: 2, duration: 30 })
    })
    if (response.status === 201) created += 1
    else if (response.status === 429) await new Promise((resolve) => setTimeout(resolve, 250))
    else throw new Error(`Unexpected ${response.status} while filling the daily cap`)
  }
}

test.describe('admin actions', () => {
  test('create a user, see them under Pending, and get a plain message for a duplicate email', async ({
    app
  }) => {
    const { page } = app
    await openUsersWithDemo(app)
    await expect(page.getByRole('tab', { name: 'Active', exact: true })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    await saveReadmeScreenshot(app, 'users-list')
    await page.getByLabel('Role').selectOption('Owner')
    await expect(page.getByTestId('user-row')).toHaveCount(1)
    await page.getByLabel('Role').selectOption('all')

    await page.getByRole('button', { name: 'Add a user' }).click()
    const form = page.getByTestId('create-user-form')
    await expect(form.getByLabel('Send an invitation (recommended)')).toBeChecked()
    await form.getByLabel('First name').fill('Grace')
    await form.getByLabel('Last name').fill('Hopper')
    await form.getByLabel('Email', { exact: true }).fill('grace.hopper@example.org')
    await form.getByLabel('Email', { exact: true }).scrollIntoViewIfNeeded()
    await saveReadmeScreenshot(app, 'create-user-form')
    await expectAccessible(app)
    await form.getByRole('button', { name: 'Add user' }).click()
    await expect(page.getByTestId('create-user-done')).toContainText('emailed an invitation')

    // Arrow keys move between the tabs, as ARIA tabs do.
    await page.getByRole('tab', { name: 'Active', exact: true }).focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Pending' })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    await page.getByLabel('Search by name or email').fill('grace.hopper')
    await expect(page.getByTestId('user-row')).toHaveCount(1)
    await expect(page.getByTestId('user-row')).toContainText('grace.hopper@example.org')

    await form.getByLabel('Email', { exact: true }).fill('grace.hopper@example.org')
    await form.getByRole('button', { name: 'Add user' }).click()
    await expect(form.getByRole('alert')).toContainText(
      'The email grace.hopper@example.org is already used by a Zoom account'
    )
  })

  test('bulk add from a CSV file: dry run, real run, and a second run adds no one', async ({
    app
  }) => {
    const { page, zoom } = app
    await openUsersWithDemo(app)
    // The demo organisation is generated from the same seed as the test simulator.
    const existing = zoom.org.users.find((u) => u.status === 'inactive')!.email
    const csv = [
      'Email, First Name ,LAST_NAME,Type',
      'volunteer.one@example.org,Vol,One,Basic',
      `${existing},Already,Here,Basic`,
      'volunteer.one@example.org,Vol,Again,Basic',
      'not-an-email,Bad,Row,Basic',
      'volunteer.two@example.org,Vol,Two,Licensed'
    ].join('\r\n')
    const file = {
      name: 'volunteers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`)
    }

    await page.getByRole('button', { name: 'Add users from a CSV file' }).click()
    const panel = page.getByTestId('bulk-add')
    await panel.getByLabel('Choose CSV file…').setInputFiles(file)
    await expect(panel.getByTestId('bulk-preview-summary')).toHaveText(
      '2 people would be added; 1 already in Zoom, 1 repeated in the file, 1 cannot be added.'
    )
    await expect(panel.getByTestId('bulk-preview-row').nth(3)).toContainText(
      'Enter an email address'
    )
    await panel
      .getByRole('heading', { name: 'Dry run: what would happen' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
    await saveReadmeScreenshot(app, 'bulk-dry-run')
    await expectAccessible(app)

    await panel.getByRole('button', { name: 'Add 2 users' }).click()
    await expect(panel.getByTestId('bulk-result-summary')).toHaveText(
      '2 users added; 2 skipped, 1 not sent (invalid).',
      { timeout: 30_000 }
    )

    await panel.getByLabel('Choose CSV file…').setInputFiles(file)
    await expect(panel.getByTestId('bulk-preview-summary')).toContainText(
      'Nothing new to add: 3 already in Zoom'
    )
    await expect(panel.getByRole('button', { name: 'Add 0 users' })).toBeDisabled()
  })

  test('schedule a weekly meeting with registration and see its occurrences', async ({ app }) => {
    const { page, zoom } = app
    await openUsersWithDemo(app)
    const host = zoom.org.findUser('me')!
    await scheduleFor(app, host.displayName)
    const form = page.getByTestId('create-meeting-form')
    const year = new Date().getUTCFullYear() + 1
    await form.getByLabel('Topic').fill('Weekly volunteer call')
    await form.getByLabel('Date').fill(`${year}-01-05`)
    await form.getByLabel('Start time').fill('18:30')
    // Chicago is an hour behind the host (New York), and 18:30 there is already tomorrow in UTC.
    await form.getByLabel('Time zone').selectOption('America/Chicago')
    await expect(form.getByTestId('when-preview')).toContainText('19:30 (America/New_York)')
    await expect(form.getByTestId('utc-preview')).toContainText(' 6 Jan ')
    await expect(form.getByTestId('utc-preview')).toContainText('00:30 (UTC)')
    await expect(
      form.getByLabel('Registration, approved automatically (recommended)')
    ).toBeChecked()
    await form.getByLabel('How often').selectOption('weekly')
    for (const day of [
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday'
    ]) {
      await form.getByLabel(day).setChecked(day === 'Tuesday')
    }
    await form.getByLabel('Number of meetings', { exact: true }).fill('4')
    await expect(form.getByTestId('occurrence-preview').getByRole('listitem')).toHaveCount(4)
    await expect(form.getByTestId('creation-quota')).toContainText('About 100 left today')
    await saveReadmeScreenshot(app, 'create-meeting-form', { fullPage: true })
    await expectAccessible(app)

    await form.getByRole('button', { name: 'Schedule meeting' }).click()
    const created = page.getByTestId('created-meeting')
    await expect(
      created.getByRole('heading', { name: 'Scheduled: Weekly volunteer call' })
    ).toBeVisible()
    const occurrences = created.getByTestId('created-occurrences').getByRole('listitem')
    await expect(occurrences).toHaveCount(4)
    for (const item of await occurrences.all()) await expect(item).toContainText(/^Tue .* 18:30/)
    await expect(created.getByTestId('registration-link').getByRole('textbox')).toHaveValue(
      /register/
    )
    await expect(created.getByTestId('start-link')).toContainText('stops working after 2 hours')
    await expectAccessible(app)

    // The new series is listed with the host's other meetings.
    await page.getByTestId('nav-meetings').click()
    await page.getByRole('tab', { name: 'Upcoming' }).click()
    await expect(page.getByTestId('scheduled-meetings')).toContainText('Weekly volunteer call')
  })

  test('the daily meeting limit is explained with its reset time', async ({ app }) => {
    const { page, zoom } = app
    const host = zoom.org.findUser('me')!
    await useUpDailyCreates(app, host.id)
    await connectSavedAccount(app)
    await scheduleFor(app, host.displayName)
    const form = page.getByTestId('create-meeting-form')
    await form.getByLabel('Topic').fill('One too many')
    await form.getByRole('button', { name: 'Schedule meeting' }).click()
    await expect(form.getByRole('alert')).toContainText(
      'has reached Zoom’s limit of 100 new or changed meetings today'
    )
    await expect(form.getByTestId('limit-reset')).toContainText('Zoom resets this limit at')
    await expect(form.getByTestId('creation-quota')).toContainText('has used up today’s limit')
  })
})

test.describe('an app without permission to add users', () => {
  test.use({ zoomOptions: { scopes: ['user:read:list_users:admin', 'user:read:user:admin'] } })

  test('says which scope to add', async ({ app }) => {
    const { page } = app
    await connectSavedAccount(app)
    await page.getByRole('button', { name: 'Add a user' }).click()
    const form = page.getByTestId('create-user-form')
    await form.getByLabel('Email', { exact: true }).fill('new.person@example.org')
    await form.getByRole('button', { name: 'Add user' }).click()
    const alert = form.getByRole('alert')
    await expect(alert).toContainText('missing a permission (scope)')
    await expect(alert).toContainText('user:write:user:admin')
  })
})
