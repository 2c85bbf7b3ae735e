import type { Locator, Page } from '@playwright/test'
import { expect, onboardingRow, test } from './support/fixtures'

// #20's keyboard-only pass: Tab, Shift+Tab, Enter, Space, Escape and the arrow keys carry a
// newcomer through setup, attendance, export, roll-up, users and scheduling, and every control
// they land on shows where the focus is.

/** The focus ring of what has focus now: a visible outline at least 2 px wide. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
  expect(ring.style, 'focus outline').not.toBe('none')
  expect(ring.width, 'focus outline width').toBeGreaterThanOrEqual(2)
}

/** Presses Tab (or Shift+Tab) until the target has focus; it must get there, with its ring. */
async function tabTo(page: Page, target: Locator, backwards = false, most = 120): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(target)
      return
    }
  }
  throw new Error(`Tab never reached ${target}`)
}

test('a keyboard-only pass from setup to scheduling, with visible focus', async ({ app }) => {
  test.setTimeout(180_000)
  const { page, zoom } = app
  const nav = page.getByRole('navigation', { name: 'Main' })

  // Setup: the demo, then its next step.
  await tabTo(page, page.getByRole('button', { name: 'Explore with demo data' }))
  await page.keyboard.press('Enter')
  const next = page.getByTestId('demo-next-step').getByRole('button', { name: /See past meetings/ })
  await tabTo(page, next)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeFocused()

  // Meetings: the tabs answer the arrow keys; a series opens and a session is chosen.
  await tabTo(page, page.getByRole('tab', { name: 'Past' }))
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'Scheduled' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Past' })).toHaveAttribute('aria-selected', 'true')
  const onboarding = onboardingRow(page)
  await tabTo(page, onboarding.getByRole('button', { name: /Show \d+ sessions/ }))
  await page.keyboard.press('Enter')
  await tabTo(page, onboarding.getByRole('button', { name: /View attendance/ }).last())
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance' })).toBeFocused()

  // Attendance: the threshold, a status filter (Space), a row's trail (Enter).
  const threshold = page.getByLabel('Attended at (% of the meeting)')
  await tabTo(page, threshold)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('60')
  await expect(page.getByTestId('status-legend')).toContainText('at least 60% of it')
  const absent = page.getByRole('checkbox', { name: 'Absent', exact: true })
  await tabTo(page, absent)
  await page.keyboard.press('Space')
  await expect(absent).not.toBeChecked()
  await tabTo(page, page.getByText('What the statuses mean'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('status-legend')).toContainText('Registered, but never joined.')
  const firstName = page
    .getByTestId('person-table')
    .getByRole('button', { expanded: false })
    .first()
  await tabTo(page, firstName)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('person-trail').first()).toBeVisible()

  // Export: the zone by typing, then the shown people.
  const zone = page.getByTestId('time-zone-picker')
  await tabTo(page, zone)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('UTC')
  await page.keyboard.press('Enter')
  await expect(zone).toHaveValue('UTC')
  await tabTo(page, page.getByRole('button', { name: /^Export the \d+ shown$/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // Roll-up: back up to the tabs, across with an arrow, a series by its spaced meeting ID.
  await tabTo(page, page.getByRole('tab', { name: 'One session' }), true)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Across sessions' })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await tabTo(page, page.getByLabel('My meetings whose topic contains…'))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Every session of one recurring meeting')).toBeChecked()
  const id = String(zoom.org.findQuirkMeeting('recurring-registration').meeting.id)
  await tabTo(page, page.getByLabel('Meeting ID'))
  await page.keyboard.type(`${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`)
  await tabTo(page, page.getByRole('button', { name: 'Combine sessions' }))
  await page.keyboard.press('Enter')
  const matrix = page.getByTestId('rollup-matrix')
  await expect(matrix).toBeVisible({ timeout: 45_000 })
  await tabTo(page, matrix.getByRole('button', { name: 'Missed' }))
  await page.keyboard.press('Enter')
  await expect(matrix.getByRole('columnheader', { name: /Missed/ })).toHaveAttribute(
    'aria-sort',
    'ascending'
  )

  // Users: a user's details open with Enter and close with Escape, focus back on the name.
  await tabTo(page, nav.getByRole('button', { name: 'Users' }), true)
  await page.keyboard.press('Enter')
  const user = page.getByTestId('users-table').getByRole('button').first()
  await tabTo(page, user)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('user-detail')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('user-detail')).toHaveCount(0)
  await expect(user).toBeFocused()

  // Scheduling: open the form, type a topic, schedule with Enter.
  await tabTo(page, nav.getByRole('button', { name: 'Meetings' }), true)
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: 'Schedule a meeting' }))
  await page.keyboard.press('Enter')
  const form = page.getByTestId('create-meeting-form')
  await tabTo(page, form.getByLabel('Topic'))
  await page.keyboard.type('Keyboard-only call')
  await tabTo(page, form.getByRole('button', { name: 'Schedule meeting' }))
  await page.keyboard.press('Enter')
  const created = page.getByTestId('created-meeting')
  await expect(
    created.getByRole('heading', { name: 'Scheduled: Keyboard-only call' })
  ).toBeFocused()
  await tabTo(page, created.getByRole('button', { name: 'Schedule another meeting' }))
})
