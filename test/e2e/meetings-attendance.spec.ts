import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { parse } from 'csv-parse/sync'
import { expect, saveReadmeScreenshot, test } from './support/fixtures'

const attendanceHeaders =
  'Meeting ID,Meeting UUID,Topic,Meeting Start (UTC),Name,Email,Registered,Registration Status,Status,First Join (UTC),Last Leave (UTC),Minutes Attended,Attendance %,Joins,Matched By,Checks,Needs Review'

test.describe('past meetings and attendance (demo data)', () => {
  test('past meetings → an onboarding session → attendance → export CSV', async ({ app }) => {
    test.skip(
      app.target !== 'browser-preview',
      'Reads the exported file from the preview’s export folder.'
    )
    const { page } = app
    await page.getByRole('button', { name: 'Explore with demo data' }).click()
    await expect(page.getByTestId('demo-banner')).toBeVisible()

    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await expect(page.getByRole('tab', { name: 'Past' })).toHaveAttribute('aria-selected', 'true')
    const past = page.getByTestId('past-meetings')
    await expect(past).toContainText('Volunteer Onboarding')
    await saveReadmeScreenshot(app, 'past-meetings')

    const onboarding = past
      .getByRole('listitem')
      .filter({ hasText: 'Volunteer Onboarding' })
      .first()
    await onboarding.getByRole('button', { name: /Show \d+ sessions/ }).click()
    await onboarding
      .getByRole('button', { name: /View attendance/ })
      .last()
      .click()

    await expect(page.getByRole('heading', { level: 1, name: 'Attendance' })).toBeVisible()
    await expect(page.getByTestId('attendance-summary')).toContainText('Registered')
    const table = page.getByTestId('person-table')
    await expect(table.getByTestId('person-row').first()).toBeVisible()

    // The audit trail opens from the row, by keyboard as well as mouse.
    await table.getByRole('button', { expanded: false }).first().focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('person-trail').first()).toContainText('Rows were matched')
    await saveReadmeScreenshot(app, 'attendance')

    const axe = await new AxeBuilder({ page }).analyze()
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id)
    ).toEqual([])

    await page.getByLabel('Times in the file').selectOption({ label: 'UTC' })
    await page.getByRole('button', { name: 'Export CSV…' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('.csv')

    const files = readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'))
    expect(files).toHaveLength(1)
    const bytes = readFileSync(join(app.exportDir, files[0]!))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe(attendanceHeaders)
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    const shown = await page
      .getByRole('status')
      .filter({ hasText: /^Showing/ })
      .textContent()
    expect(shown).toContain(`of ${rows.length} people`)
    expect(rows.every((r) => r['Topic'] === 'Volunteer Onboarding')).toBe(true)
    expect(rows.some((r) => r['Status'] === 'Attended')).toBe(true)
    // Names that look like formulas are defused for Excel.
    for (const row of rows) expect(row['Name']).not.toMatch(/^[=+\-@]/)
  })

  test('the meetings tabs work with the arrow keys', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Explore with demo data' }).click()
    await expect(page.getByTestId('demo-banner')).toBeVisible()
    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await page.getByRole('tab', { name: 'Past' }).focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('tab', { name: 'Scheduled' })).toBeFocused()
    await expect(page.getByRole('tab', { name: 'Scheduled' })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    await expect(page.getByTestId('scheduled-meetings')).toContainText('Meeting ID')
    // A recurring meeting opens to show its dates.
    await page.getByRole('button', { name: 'Show dates' }).first().click()
    await expect(
      page.getByTestId('occurrences').first().getByRole('listitem').first()
    ).toBeVisible()

    // Another host: the list reloads once the email is complete, with a plain error if unknown.
    await page.getByLabel('Host (email)').fill('nobody@elsewhere.example')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toBeVisible()
  })
})
