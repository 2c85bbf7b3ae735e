import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Page } from '@playwright/test'
import { expect, saveReadmeScreenshot, test } from './support/fixtures'
import type { AppHarness } from './support/fixtures'

const syncTimeout = 120_000

/** Exports the shown session's attendance and returns its rows (the export folder is emptied). */
async function exportRows(app: AppHarness): Promise<Record<string, string>[]> {
  const { page } = app
  for (const f of readdirSync(app.exportDir)) rmSync(join(app.exportDir, f))
  await page.getByRole('button', { name: /^Export everyone/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('.csv')
  const [file] = readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'))
  const text = readFileSync(join(app.exportDir, file!), 'utf8').replace(/^\uFEFF/, '')
  return parse(text, { columns: true }) as Record<string, string>[]
}

async function peopleShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('people-count').textContent()) ?? ''
  return Number(/of (\d+) people/.exec(text)?.[1])
}

/** Presses L until the chosen question is about `meeting` (any when null) and counted as two. */
async function chooseTwoPeopleQuestion(page: Page, meeting: string | null): Promise<string> {
  const evidence = page.getByTestId('review-evidence')
  const total = Number(
    /^(\d+) open/.exec((await page.getByTestId('review-count').textContent()) ?? '')?.[1]
  )
  for (let i = 0; i <= total; i++) {
    const uuid = (await evidence.getAttribute('data-meeting')) ?? ''
    const merged = await evidence.getAttribute('data-merged')
    const scope = await evidence.getAttribute('data-scope')
    if (merged === 'false' && scope === 'meeting' && (meeting === null || uuid === meeting)) {
      return uuid
    }
    await page.keyboard.press('l')
  }
  throw new Error('No open question about two people in that meeting')
}

test.describe('review queue (demo data)', () => {
  test('sync → Needs review badge → Review: accept one, reject one → counts and export change', async ({
    app
  }) => {
    test.skip(
      app.target !== 'browser-preview',
      'Reads the exported file from the preview’s export folder.'
    )
    test.setTimeout(240_000)
    const { page } = app
    await page.getByRole('button', { name: 'Explore with demo data' }).click()
    await expect(page.getByTestId('demo-banner')).toBeVisible()
    await page.getByRole('button', { name: 'Archive', exact: true }).click()
    const sync = page.getByTestId('archive-sync')
    await sync.getByRole('button', { name: 'Sync archive' }).click()
    await expect(sync.getByTestId('job-progress')).toBeVisible({ timeout: syncTimeout })
    await expect(sync.getByRole('button', { name: 'Sync archive' })).toBeVisible({
      timeout: syncTimeout
    })

    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await expect(page.getByTestId('needs-review-badge').first()).toBeVisible({ timeout: 30_000 })

    await page.getByRole('button', { name: 'Review', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible()
    await expect(page.getByTestId('review-evidence')).toBeVisible({ timeout: 30_000 })
    const meeting = await chooseTwoPeopleQuestion(page, null)
    await saveReadmeScreenshot(app, 'review', { fullPage: true })

    // Before: the meeting's counts and export.
    await page
      .getByTestId('review-evidence')
      .getByRole('button', { name: /View attendance/ })
      .click()
    await expect(page.getByTestId('person-table').getByTestId('person-row').first()).toBeVisible()
    await expect(page.getByTestId('attendance-export-warning')).toContainText('need review')
    const peopleBefore = await peopleShown(page)
    const before = await exportRows(app)
    expect(before).toHaveLength(peopleBefore)

    // Accept one "two people" question of this meeting (A), reject another (R).
    await page.getByRole('button', { name: 'Review', exact: true }).click()
    await expect(page.getByTestId('review-evidence')).toHaveAttribute('data-meeting', meeting)
    const countBefore = await page.getByTestId('review-count').textContent()
    await page.keyboard.press('a')
    await expect(page.getByTestId('review-count')).toContainText('Saved:')
    await expect(page.getByTestId('review-count')).not.toHaveText(countBefore ?? '')
    await chooseTwoPeopleQuestion(page, meeting)
    await page.keyboard.press('r')
    await expect(page.getByTestId('review-count')).toContainText('are different people')

    // After: one person fewer (the accepted pair is one), in the view and in the export.
    await page.getByRole('button', { name: 'Attendance', exact: true }).click()
    await expect.poll(() => peopleShown(page), { timeout: 30_000 }).toBe(peopleBefore - 1)
    const after = await exportRows(app)
    expect(after).toHaveLength(before.length - 1)
    const open = (rows: Record<string, string>[]): number =>
      rows.filter((r) => r['Needs Review'] === 'Yes').length
    expect(open(after)).toBeLessThan(open(before))
  })
})
