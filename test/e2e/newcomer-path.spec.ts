import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Page } from '@playwright/test'
import { chooseZone, expect, onboardingRow, openOnboardingSession, test } from './support/fixtures'
import type { AppHarness } from './support/fixtures'

// #20 from a newcomer's seat, in the demo: the way from "Explore with demo data" to an answer,
// and exports that hold what the screen shows (filters, search and order), the no-shows, and
// times in the one zone the screen uses.

/** The only CSV in the export folder, read as records; the folder is emptied for the next. */
function takeCsv(app: AppHarness): Record<string, string>[] {
  const files = readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'))
  expect(files).toHaveLength(1)
  const path = join(app.exportDir, files[0]!)
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  rmSync(path)
  return parse(text, { columns: true }) as Record<string, string>[]
}

async function saveWith(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('button', { name }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' }).last()).toContainText('.csv')
}

/** From the first screen to the onboarding session's attendance, the newcomer's way. */
async function openOnboarding(app: AppHarness): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Explore with demo data' }).click()
  // The next step is said, and one click away.
  const next = page.getByTestId('demo-next-step')
  await expect(next).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome')
  await next.getByRole('button', { name: /See past meetings/ }).click()
  await expect(page.getByRole('tab', { name: 'Past' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('past-range')).toContainText('Showing meetings from')
  await openOnboardingSession(page)
  await expect(page.getByTestId('person-table').getByTestId('person-row').first()).toBeVisible()
}

const count = async (page: Page): Promise<{ shown: number; all: number }> => {
  const text = (await page.getByTestId('people-count').textContent()) ?? ''
  const [, shown, all] = /Showing (\d+) of (\d+) people/.exec(text) ?? []
  return { shown: Number(shown), all: Number(all) }
}

test.describe('from the demo to an answer', () => {
  test('one session: statuses explained, absent rows plain, back to meetings', async ({ app }) => {
    const { page } = app
    await openOnboarding(app)
    const table = page.getByTestId('person-table')
    await expect(table.getByRole('columnheader', { name: 'Joins' })).toBeVisible()
    await page.getByText('What the statuses mean').click()
    await expect(page.getByTestId('status-legend')).toContainText('Registered, but never joined.')

    // Only the absent: their minutes and % read "—", and each trail says when they registered.
    for (const status of ['Attended', 'Partial', 'Waiting room only', 'Joined']) {
      await page.getByRole('checkbox', { name: status, exact: true }).uncheck()
    }
    const absent = table.getByTestId('person-row').first()
    await expect(absent.getByRole('cell').nth(-2)).toHaveText('—')
    await absent.getByRole('button').click()
    await expect(table.getByTestId('person-trail').first()).toHaveText(
      /^Registered \(approved\) on .+; never joined\.$/
    )

    await page.getByRole('button', { name: /Back to meetings/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
    await expect(page.getByTestId('past-meetings')).toBeVisible()
  })

  test('the threshold field keeps what is typed and applies only valid values', async ({ app }) => {
    const { page } = app
    await openOnboarding(app)
    const field = page.getByLabel('Attended at (% of the meeting)')
    await field.fill('')
    await field.pressSequentially('50')
    await expect(field).toHaveValue('50')
    await expect(page.getByTestId('status-legend')).toContainText('at least 50% of it')
    await field.selectText()
    await field.pressSequentially('101')
    await expect(field).toHaveValue('101')
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Enter a number from 0 to 100')).toBeVisible()
    await expect(page.getByTestId('status-legend')).toContainText('at least 50% of it')
  })

  test('Combine all sessions starts the roll-up of that series, counting without the host', async ({
    app
  }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Explore with demo data' }).click()
    await page
      .getByTestId('demo-next-step')
      .getByRole('button', { name: /See past/ })
      .click()
    const onboarding = onboardingRow(page)
    await onboarding.getByRole('button', { name: /Combine all sessions/ }).click()
    await expect(page.getByRole('tab', { name: 'Across sessions' })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    await expect(page.getByTestId('rollup-matrix')).toBeVisible({ timeout: 45_000 })
    await expect(page.getByLabel('Meeting ID')).toHaveValue(/^\d{11}$/)
    // Every session's bar fits the chart's box at 1,280 px: nothing cut off, nothing to scroll.
    const bars = page.getByTestId('sessions-chart').getByRole('list')
    expect(await bars.getByRole('listitem').count()).toBeGreaterThan(20)
    expect(await bars.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1)
    await expect(page.getByTestId('chart-scroll-cue')).toHaveCount(0)
    await expect(page.getByTestId('rollup-count')).toContainText('attended at least 1 of')
    await expect(page.getByTestId('rollup-rules')).toContainText('The host is left out')
    const matrix = page.getByTestId('rollup-matrix')
    await expect(matrix.getByRole('columnheader', { name: 'Missed' })).toBeVisible()
    // Registered and not there is a word of its own, not the blank of "not registered"; the
    // demo's no-shows never came at all, so "at least 0" brings them in.
    await page.getByLabel('Attended at least (sessions)').fill('0')
    await matrix.getByRole('button', { name: 'Missed' }).click()
    await matrix.getByRole('button', { name: 'Missed' }).click()
    await expect(matrix.getByText('absent', { exact: true }).first()).toBeAttached()
    await expect(matrix.getByText('not registered', { exact: true }).first()).toBeAttached()
  })
})

test.describe('exports hold what the screen shows', () => {
  test.skip(({ app }) => app.target !== 'browser-preview', 'Reads the preview’s export folder.')

  test('one session: the shown, everyone, and the no-shows, in the screen’s zone', async ({
    app
  }) => {
    const { page } = app
    await openOnboarding(app)
    // Only the absent, and by minutes, most first (ties by name).
    for (const status of ['Attended', 'Partial', 'Waiting room only', 'Joined']) {
      await page.getByRole('checkbox', { name: status, exact: true }).uncheck()
    }
    const { shown, all } = await count(page)
    expect(shown).toBeLessThan(all)
    await chooseZone(page, 'Asia/Tokyo')
    // The screen follows the zone too.
    await expect(page.getByTestId('presence-chart')).toContainText('Asia/Tokyo')
    await saveWith(page, `Export the ${shown} shown`)
    const absent = takeCsv(app)
    expect(absent).toHaveLength(shown)
    expect(absent.every((row) => row['Status'] === 'Absent')).toBe(true)
    expect(Object.keys(absent[0]!)).toContain('First Join (Asia/Tokyo)')

    // Everyone again, sorted by minutes (most first): the file keeps that order.
    for (const status of ['Attended', 'Partial', 'Waiting room only', 'Joined']) {
      await page.getByRole('checkbox', { name: status, exact: true }).check()
    }
    const minutes = page.getByTestId('person-table').getByRole('button', { name: /Minutes/ })
    await minutes.click()
    await minutes.click()
    await page.getByLabel('Search people').fill('a')
    const searched = await count(page)
    await saveWith(page, `Export the ${searched.shown} shown`)
    const sorted = takeCsv(app)
    expect(sorted).toHaveLength(searched.shown)
    const values = sorted
      .map((r) => r['Minutes Attended'])
      .filter((v) => v !== '')
      .map(Number)
    expect([...values].sort((a, b) => b - a)).toEqual(values)

    await saveWith(page, `Export everyone (${all})`)
    expect(takeCsv(app)).toHaveLength(all)

    await saveWith(page, /Export no-shows \(\d+\)/)
    const noShows = takeCsv(app)
    expect(noShows.length).toBe(shown)
    expect(Object.keys(noShows[0]!).slice(0, 3)).toEqual([
      'Name',
      'Email',
      'Registered On (Asia/Tokyo)'
    ])
    expect(
      noShows.every((r) => /^\d{4}-\d{2}-\d{2}T.+\+09:00$/.test(r['Registered On (Asia/Tokyo)']!))
    ).toBe(true)

    // The preview opens no file manager, so Show in folder says where the file is.
    await page.getByRole('button', { name: 'Show in folder' }).click()
    await expect(page.getByTestId('export-where')).toContainText(app.exportDir)
  })

  test('roll-up: a series by its meeting ID as Zoom shows it, limited to dates', async ({
    app
  }) => {
    const { page, zoom } = app
    await page.getByRole('button', { name: 'Explore with demo data' }).click()
    await page.getByRole('button', { name: 'Attendance', exact: true }).click()
    await page.getByRole('tab', { name: 'Across sessions' }).click()
    await page.getByLabel('Every session of one recurring meeting').check()
    const { meeting } = zoom.org.findQuirkMeeting('recurring-registration')
    const id = String(meeting.id)
    await page.getByLabel('Meeting ID').fill(`${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`)
    await page.getByLabel('Only sessions between two dates').check()
    const day = (back: number): string =>
      new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('From', { exact: true }).fill(day(60))
    await page.getByLabel('To', { exact: true }).fill(day(0))
    await page.getByRole('button', { name: 'Combine sessions' }).click()
    const chart = page.getByTestId('sessions-chart')
    await expect(chart).toBeVisible({ timeout: 45_000 })
    const sessions = await chart.getByRole('listitem').count()
    expect(sessions).toBeGreaterThan(2)
    expect(sessions).toBeLessThanOrEqual(10)

    // Sorted by Missed (most first) and searched: the file holds those rows in that order.
    const matrix = page.getByTestId('rollup-matrix')
    await matrix.getByRole('button', { name: 'Missed' }).click()
    await matrix.getByRole('button', { name: 'Missed' }).click()
    const text = (await page.getByTestId('rollup-count').textContent()) ?? ''
    const shown = Number(/^(\d+) of/.exec(text)?.[1])
    await saveWith(page, `Export the ${shown} shown`)
    const rows = takeCsv(app)
    expect(rows).toHaveLength(shown)
    const shownNames = await matrix.getByRole('rowheader').allTextContents()
    // Names that look like formulas are written with a leading apostrophe, for Excel.
    expect(rows.slice(0, 3).map((r) => r['Name']!.replace(/^'/, ''))).toEqual(
      shownNames.slice(0, 3).map((n) => n.replace(/(Host|⚠ check this match)/g, '').trim())
    )
    await page.getByLabel('One row per person per session (long)').check()
    await expect(
      page.getByTestId('rollup-long').getByRole('columnheader', { name: 'Status' })
    ).toBeVisible()
  })

  test('the past meetings dates: only valid ranges are fetched, and the list says which', async ({
    app
  }) => {
    const { page } = app
    const asked: string[] = []
    page.on('request', (request) => {
      if (decodeURIComponent(request.url()).includes('/ipc/meetings:list-past'))
        asked.push(request.postData() ?? '')
    })
    await page.getByRole('button', { name: 'Explore with demo data' }).click()
    await page
      .getByTestId('demo-next-step')
      .getByRole('button', { name: /See past/ })
      .click()
    await expect(page.getByTestId('past-meetings')).toBeVisible()
    const before = asked.length
    await page.getByLabel('From', { exact: true }).fill('2099-02-01')
    await expect(page.getByRole('alert')).toHaveText('The start date is after the end date.')
    await page.waitForTimeout(1200)
    expect(asked.length).toBe(before)
    await expect(page.getByTestId('past-meetings')).toBeVisible()
    const day = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('From', { exact: true }).fill(day)
    await expect(page.getByTestId('past-range')).toContainText(day.slice(0, 4))
    await expect.poll(() => asked.length).toBe(before + 1)
    expect(asked.at(-1)).toContain(day)
  })
})
