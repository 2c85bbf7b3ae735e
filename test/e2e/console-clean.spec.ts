import type { ConsoleMessage, Page, Response } from '@playwright/test'
import { expect, test } from './support/fixtures'

// A newcomer who opens the browser console sees nothing alarming: no warning (such as a CSP
// directive the meta tag cannot carry) and no failed request (such as a missing favicon).

const sections = ['Meetings', 'Attendance', 'Users', 'Accounts']

function listen(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      problems.push(`console ${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('response', (response: Response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
  })
  return problems
}

test('the console stays clean from the first load through every section of the demo', async ({
  app
}) => {
  // Listening from a fresh load, so the first load's messages count too.
  const { page } = app
  const problems = listen(page)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Explore with demo data' })).toBeVisible()
  await page.getByRole('button', { name: 'Explore with demo data' }).click()
  await expect(page.getByText(/demo/i).first()).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const name of sections) {
    await nav.getByRole('button', { name }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  }
  // Chromium asks for the favicon after the page loads; give it the time to.
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})
