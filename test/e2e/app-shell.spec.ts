import AxeBuilder from '@axe-core/playwright'
import { expect, headingOf, saveReadmeScreenshot, test } from './support/fixtures'

const sections = ['Meetings', 'Attendance', 'Archive', 'Review', 'Users', 'Accounts']

test.describe('the app shell', () => {
  test('shows the five sections in the main navigation', async ({ app }) => {
    const nav = app.page.getByRole('navigation', { name: 'Main' })
    for (const name of sections) {
      await expect(nav.getByRole('button', { name, exact: true })).toBeVisible()
    }
    // With no Zoom account set up yet, the first screen offers the demo and the setup guide.
    await expect(app.page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
    await expect(nav.getByRole('button', { name: 'Accounts' })).toHaveAttribute(
      'aria-current',
      'page'
    )
    await expect(app.page.getByRole('button', { name: 'Explore with demo data' })).toBeVisible()
    await saveReadmeScreenshot(app, 'welcome')
  })

  test('works with the keyboard alone', async ({ app }) => {
    const { page } = app
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    for (const name of sections) {
      await page.keyboard.press('Tab')
      await expect(page.getByRole('button', { name, exact: true })).toBeFocused()
      await page.keyboard.press('Enter')
      const heading = page.getByRole('heading', { level: 1, name: headingOf(name) })
      await expect(heading).toBeVisible()
      // Focus lands on the new view's heading, so the next Tab continues from there.
      await expect(heading).toBeFocused()
      await page.getByRole('button', { name, exact: true }).focus()
    }
  })

  test('the skip link moves focus past the navigation', async ({ app }) => {
    const { page } = app
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.locator('#main')).toBeFocused()
  })

  test('has no serious or critical accessibility violations', async ({ app }) => {
    for (const name of sections) {
      await app.page.getByRole('button', { name, exact: true }).click()
      const results = await new AxeBuilder({ page: app.page }).analyze()
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical'
      )
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    }
  })
})
