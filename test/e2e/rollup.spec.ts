import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { parse } from 'csv-parse/sync'
import { chooseZone, expect, saveReadmeScreenshot, test } from './support/fixtures'
import type { AppHarness } from './support/fixtures'

const day = (daysAgo: number): string =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)

async function openRollUp(app: AppHarness): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Explore with demo data' }).click()
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await page.getByRole('button', { name: 'Attendance', exact: true }).click()
  await page.getByRole('tab', { name: 'Across sessions' }).click()
}

/** The "N of M people attended at least…" line: how many people the table holds now. */
async function shownPeople(app: AppHarness): Promise<number> {
  const text = (await app.page.getByTestId('rollup-count').textContent()) ?? ''
  const shown = /^(\d+) of \d+ people/.exec(text)?.[1]
  expect(shown, `count line: ${text}`).toBeDefined()
  return Number(shown)
}

test.describe('roll-ups across sessions (demo data)', () => {
  test('three months of onboarding → matrix → export', async ({ app }) => {
    test.skip(
      app.target !== 'browser-preview',
      'Reads the exported file from the preview’s export folder.'
    )
    const { page } = app
    await openRollUp(app)
    await page.getByLabel('Topic contains', { exact: true }).fill('Onboarding')
    await page.getByLabel('From', { exact: true }).fill(day(90))
    await page.getByLabel('To', { exact: true }).fill(day(0))
    await page.getByRole('button', { name: 'Combine sessions' }).click()

    const matrix = page.getByTestId('rollup-matrix')
    await expect(matrix).toBeVisible({ timeout: 45_000 })
    await expect(page.getByTestId('sessions-chart')).toBeVisible()
    const sessions = await page.getByTestId('sessions-chart').getByRole('listitem').count()
    expect(sessions).toBeGreaterThanOrEqual(10)

    // "Attended at least N of M" narrows the table. The matrix keeps only the rows in view in
    // the page, so the count line says how many it holds; its row count (aria-rowcount) agrees.
    // Each newcomer attends onboarding once, so "at least 1" (the default) against "at least 0"
    // is what narrows here: those who registered and never came drop out.
    await page.getByLabel('Attended at least (sessions)').fill('0')
    const everyone = await shownPeople(app)
    await expect(matrix).toHaveAttribute('aria-rowcount', String(everyone + 1))
    await page.getByLabel('Attended at least (sessions)').fill('1')
    const regulars = await shownPeople(app)
    expect(regulars).toBeLessThan(everyone)
    await expect(matrix).toHaveAttribute('aria-rowcount', String(regulars + 1))
    await saveReadmeScreenshot(app, 'rollup', { fullPage: true })
    const axe = await new AxeBuilder({ page }).analyze()
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    // The long layout lists each person's sessions one per row.
    await page.getByLabel('One row per person per session (long)').check()
    await expect(page.getByTestId('rollup-long')).toBeVisible()
    await page.getByLabel('One row per person, minutes per session (matrix)').check()
    await chooseZone(page, 'UTC')

    // The file holds what the table shows: the regulars, as many as the button says.
    await page.getByRole('button', { name: `Export the ${regulars} shown` }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('.csv')
    await expect(page.getByRole('button', { name: 'Show in folder' })).toBeVisible()
    const files = readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'))
    expect(files).toHaveLength(1)
    const text = readFileSync(join(app.exportDir, files[0]!), 'utf8').replace(/^\uFEFF/, '')
    const rows = parse(text) as string[][]
    expect(rows[0]!.slice(0, 4)).toEqual(['Name', 'Email', 'Sessions Attended', 'Total Minutes'])
    expect(rows[0]!.length).toBe(4 + sessions + 2)
    expect(rows[0]!.slice(-2)).toEqual(['Matched By', 'Needs Review'])
    expect(rows.length - 1).toBe(regulars)
  })

  test('a long fetch can be cancelled, keeping what was fetched', async ({ app }) => {
    const { page } = app
    await openRollUp(app)
    await page.getByLabel('From', { exact: true }).fill(day(170))
    await page.getByLabel('To', { exact: true }).fill(day(0))
    await page.getByRole('button', { name: 'Combine sessions' }).click()
    const progress = page.getByTestId('job-progress')
    await expect(progress).toBeVisible()
    await expect(progress).toContainText(/of \d+/)
    await progress.getByRole('button', { name: 'Cancel' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Stopped before it finished' })
    ).toBeVisible({ timeout: 15_000 })
    await expect(progress).toHaveCount(0)
  })
})
