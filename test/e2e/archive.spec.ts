import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { parse } from 'csv-parse/sync'
import type { Locator } from '@playwright/test'
import { expect, saveReadmeScreenshot, test } from './support/fixtures'
import type { AppHarness } from './support/fixtures'

// The demo runs on the test's own simulator, so the test can stop Zoom halfway; its latency is
// the demo's usual one, so a sync lasts long enough to be watched and cancelled.
test.use({ demoOnTestZoom: true, zoomOptions: { latencyMs: { meanMs: 25, jitterMs: 15 } } })

const syncTimeout = 90_000

async function openDemoArchive(app: AppHarness): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Explore with demo data' }).click()
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await page.getByRole('button', { name: 'Archive', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
}

/** The number a card of the "What is archived" list shows. */
async function shownCount(contents: Locator, label: string): Promise<number> {
  const value = await contents.locator('div', { hasText: label }).locator('dd').textContent()
  return Number((value ?? '').replace(/[^\d]/g, ''))
}

/** "N sessions newly archived, M already archived…" as numbers. */
async function lastSyncCounts(page: AppHarness['page']): Promise<{ fresh: number; kept: number }> {
  const text = (await page.getByTestId('last-sync').getByRole('status').textContent()) ?? ''
  const match = /(\d+) sessions? newly archived, (\d+) already archived/.exec(text)
  expect(match, `last sync line: ${text}`).not.toBeNull()
  return { fresh: Number(match![1]), kept: Number(match![2]) }
}

test.describe('the attendance archive (demo data)', () => {
  test('sync with progress and cancel, resume, then read it all with Zoom stopped', async ({
    app
  }) => {
    test.skip(
      app.target !== 'browser-preview',
      'Stops the demo’s Zoom and reads the exported file, which only the preview allows.'
    )
    test.setTimeout(240_000)
    const { page } = app
    await openDemoArchive(app)
    const contents = page.getByTestId('archive-contents')
    await expect(contents).toBeVisible()
    expect(await shownCount(contents, 'Sessions archived')).toBe(0)

    // Sync, watch it count, and stop it partway.
    const sync = page.getByTestId('archive-sync')
    await sync.getByRole('button', { name: 'Sync archive' }).click()
    const progress = sync.getByTestId('job-progress')
    await expect(progress).toContainText(/Archiving sessions — [1-9]\d* of \d+/, {
      timeout: syncTimeout
    })
    const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? '')?.[1])
    await progress.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByText('This sync was stopped before it finished.')).toBeVisible({
      timeout: syncTimeout
    })
    const archivedFirst = await shownCount(contents, 'Sessions archived')
    expect(archivedFirst).toBeGreaterThan(0)
    expect(archivedFirst).toBeLessThan(total)

    // A new sync carries on: what the first one stored is not fetched again.
    await sync.getByRole('button', { name: 'Sync archive' }).click()
    await expect(sync.getByRole('button', { name: 'Sync archive' })).toBeVisible({
      timeout: syncTimeout
    })
    await expect(page.getByText('This sync was stopped before it finished.')).toHaveCount(0)
    const resumed = await lastSyncCounts(page)
    expect(resumed.kept).toBe(archivedFirst)
    expect(resumed.fresh).toBeGreaterThan(0)
    expect(await shownCount(contents, 'Sessions archived')).toBe(resumed.fresh + resumed.kept)

    // The notice about the new archive file goes once dismissed.
    const notices = page.getByTestId('archive-notices')
    await expect(notices).toContainText('headcount.sqlite')
    await notices.getByRole('button', { name: /Dismiss/ }).click()
    await expect(notices).toHaveCount(0)

    await saveReadmeScreenshot(app, 'archive', { fullPage: true })
    const axe = await new AxeBuilder({ page }).analyze()
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    // Zoom goes away. The archived meetings, their attendance and exports keep working.
    await app.zoom.close()
    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await expect(page.getByTestId('offline-notice')).toContainText(
      'Zoom can’t be reached. Showing what is archived on this computer.',
      { timeout: syncTimeout }
    )
    const onboarding = page
      .getByTestId('past-meetings')
      .getByRole('listitem')
      .filter({ hasText: 'Volunteer Onboarding' })
      .first()
    await onboarding.getByRole('button', { name: /Show \d+ sessions/ }).click()
    const session = onboarding
      .getByRole('listitem')
      .filter({ has: page.getByTestId('archived-badge') })
      .last()
    await session.getByRole('button', { name: /View attendance/ }).click()
    await expect(page.getByTestId('provenance')).toContainText(/^Archived /)
    await expect(page.getByTestId('person-table').getByTestId('person-row').first()).toBeVisible()
    const shown = (await page.getByTestId('people-count').textContent()) ?? ''

    await page.getByLabel('Times in the file').selectOption({ label: 'UTC' })
    await page.getByRole('button', { name: 'Export CSV…' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('.csv')
    const files = readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'))
    expect(files).toHaveLength(1)
    const text = readFileSync(join(app.exportDir, files[0]!), 'utf8').replace(/^\uFEFF/, '')
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(shown).toContain(`of ${rows.length} people`)
    expect(rows.every((r) => r['Topic'] === 'Volunteer Onboarding')).toBe(true)

    // Refreshing from Zoom now fails plainly, and the archived copy stays on screen.
    await page.getByRole('button', { name: 'Refresh from Zoom' }).click()
    await expect(page.getByText(/Refreshing from Zoom did not work/)).toBeVisible({
      timeout: syncTimeout
    })
    await expect(page.getByTestId('provenance')).toContainText(/^Archived /)
    await expect(page.getByTestId('person-table').getByTestId('person-row').first()).toBeVisible()
  })

  test('a sync shows and stops from any screen; back up, then restore after a question', async ({
    app
  }) => {
    test.skip(
      app.target !== 'browser-preview',
      'Backups go to the preview’s export folder, where Restore finds them.'
    )
    const { page } = app
    await openDemoArchive(app)
    await page.getByRole('button', { name: 'Sync archive' }).click()
    await page.getByRole('button', { name: 'Users', exact: true }).click()
    const indicator = page.getByTestId('sync-indicator')
    await expect(indicator).toContainText(/[1-9]\d* of \d+ sessions/, { timeout: syncTimeout })
    await indicator.getByRole('button', { name: 'Cancel sync' }).click()
    await expect(indicator).toHaveCount(0, { timeout: syncTimeout })
    await page.getByRole('button', { name: 'Archive', exact: true }).click()
    await expect(page.getByText('This sync was stopped before it finished.')).toBeVisible()
    const archived = await shownCount(page.getByTestId('archive-contents'), 'Sessions archived')
    expect(archived).toBeGreaterThan(0)

    await page.getByRole('button', { name: 'Back up archive…' }).click()
    await expect(
      page.getByText(/Saved a copy of the archive to “Headcount archive .*\.sqlite”/)
    ).toBeVisible()

    await page.getByRole('button', { name: 'Restore…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Replace the archive with a backup?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await page.getByRole('button', { name: 'Restore…' }).click()
    await dialog.getByRole('button', { name: 'Choose a backup…' }).click()
    await expect(page.getByText(/The archive it replaced is kept at .*\S/)).toBeVisible({
      timeout: syncTimeout
    })
    expect(await shownCount(page.getByTestId('archive-contents'), 'Sessions archived')).toBe(
      archived
    )
  })
})
