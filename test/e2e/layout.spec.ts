import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  expect,
  listenForProblems,
  onboardingRow,
  openOnboardingSession,
  test
} from './support/fixtures'

// #20: every screen fits a 1024×700 window and 200% zoom (the same page at half the CSS width):
// nothing sticks out sideways or is cut off, and a shortened email can still be read in full.
// The screenshots land in test-results/layout for a person to look at; the console stays clean.

const root = join(import.meta.dirname, '../..')

/** Content wider than the window, outside the boxes that scroll on purpose (tables, charts). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const problems: string[] = []
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(
        `the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`
      )
    }
    const scrollsOnPurpose = (element: Element): boolean => {
      for (let e: Element | null = element.parentElement; e; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (/(auto|scroll)/.test(style.overflowX)) return true
      }
      return false
    }
    for (const element of Array.from(document.querySelectorAll('main *'))) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || scrollsOnPurpose(element)) continue
      if (getComputedStyle(element).visibility === 'hidden') continue
      if (box.right > width + 1) {
        const text = (element.textContent ?? '').trim().slice(0, 40)
        problems.push(`${element.tagName.toLowerCase()} “${text}” ends at ${Math.round(box.right)}`)
      }
    }
    // A chart too wide for its box scrolls, and then says so.
    for (const chart of Array.from(document.querySelectorAll('main figure'))) {
      const bars = chart.querySelector('ol')
      if (!bars || bars.scrollWidth <= bars.clientWidth + 1) continue
      if (!chart.querySelector('[data-testid="chart-scroll-cue"]'))
        problems.push(`chart “${chart.querySelector('figcaption')?.textContent}” cut off, no cue`)
    }
    // A cut-off email must say itself in full somewhere: its tooltip.
    const texts = document.querySelectorAll<HTMLElement>('main td, main th, main p, main span')
    for (const element of Array.from(texts)) {
      const text = element.textContent ?? ''
      if (!/@/.test(text) || element.children.length > 0) continue
      const cut = element.scrollWidth > element.clientWidth + 1
      const ellipsis = getComputedStyle(element).textOverflow === 'ellipsis'
      if (cut && ellipsis && element.title !== text)
        problems.push(`cut email without tooltip: ${text}`)
    }
    return [...new Set(problems)].slice(0, 12)
  })
}

/** Each screen a newcomer reaches in the demo, opened as they would open it. */
const screens: Array<{ name: string; open(page: Page): Promise<void> }> = [
  {
    name: 'welcome',
    open: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
    }
  },
  {
    name: 'demo-accounts',
    open: async (page) => {
      await page.getByRole('button', { name: 'Explore with demo data' }).click()
      await expect(page.getByTestId('demo-next-step')).toBeVisible()
      await expect(page.getByLabel('Show meetings of')).toBeEnabled()
    }
  },
  {
    name: 'account-setup',
    open: async (page) => {
      await page.getByRole('button', { name: 'Add a Zoom account' }).click()
      await expect(page.getByRole('heading', { name: 'Your app’s credentials' })).toBeVisible()
    }
  },
  {
    name: 'past-meetings',
    open: async (page) => {
      await page
        .getByTestId('demo-next-step')
        .getByRole('button', { name: /See past/ })
        .click()
      await expect(page.getByTestId('past-meetings')).toBeVisible()
    }
  },
  {
    name: 'upcoming-links',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Upcoming' }).click()
      const list = page.getByTestId('scheduled-meetings')
      await list
        .getByRole('button', { name: /Links and registrations/ })
        .first()
        .click()
      await expect(list.getByTestId('registrant-count').first()).toBeVisible()
    }
  },
  {
    name: 'schedule-form',
    open: async (page) => {
      await page.getByRole('button', { name: 'Schedule a meeting' }).click()
      const form = page.getByTestId('create-meeting-form')
      await form.getByLabel('How often').selectOption('weekly')
      await expect(form.getByTestId('occurrence-preview')).toBeVisible()
    }
  },
  {
    name: 'attendance',
    open: async (page) => {
      await page.getByRole('button', { name: 'Close' }).click()
      await page.getByRole('tab', { name: 'Past' }).click()
      await openOnboardingSession(page)
      const table = page.getByTestId('person-table')
      await table.getByTestId('person-row').first().getByRole('button').click()
      await expect(table.getByTestId('person-trail').first()).toBeVisible()
    }
  },
  {
    name: 'rollup',
    open: async (page) => {
      await page.getByRole('button', { name: /Back to meetings/ }).click()
      const onboarding = onboardingRow(page)
      await onboarding.getByRole('button', { name: /Combine all sessions/ }).click()
      await expect(page.getByTestId('rollup-matrix')).toBeVisible({ timeout: 45_000 })
    }
  },
  {
    name: 'users',
    open: async (page) => {
      await page.getByRole('button', { name: 'Users', exact: true }).click()
      const table = page.getByTestId('users-table')
      await table.getByRole('button').first().click()
      await expect(page.getByTestId('user-detail')).toBeVisible()
    }
  },
  {
    name: 'users-bulk',
    open: async (page) => {
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Add users from a CSV file' }).click()
      await expect(page.getByTestId('bulk-add')).toBeVisible()
    }
  }
]

for (const size of [
  { label: '1024x700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1 },
  { label: 'zoom-200', viewport: { width: 512, height: 350 }, deviceScaleFactor: 2 }
]) {
  test.describe(`every screen at ${size.label}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor })

    test('fits, with emails readable and a clean console', async ({ app }) => {
      test.setTimeout(180_000)
      const { page } = app
      const problems = listenForProblems(page)
      const found: Record<string, string[]> = {}
      for (const screen of screens) {
        await screen.open(page)
        await page.screenshot({
          path: join(root, 'test-results/layout', `${size.label}-${screen.name}.png`),
          fullPage: true
        })
        const wide = await overflowing(page)
        if (wide.length > 0) found[screen.name] = wide
      }
      expect(found).toEqual({})
      expect(problems).toEqual([])
    })
  })
}
