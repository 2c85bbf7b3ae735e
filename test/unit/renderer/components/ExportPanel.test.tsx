import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { IpcResult } from '@shared/ipc/result'
import type { ExportOutcome } from '@shared/ipc/contracts/common'
import { ExportPanel } from '../../../../src/renderer/src/components/export/ExportPanel'
import type { ExportAction } from '../../../../src/renderer/src/components/export/ExportPanel'
import { useDisplayStore } from '../../../../src/renderer/src/stores/use-display-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'

const attendanceExport: ExportAction = {
  id: 'all',
  label: 'Export CSV…',
  save: (timeZone) => (api) =>
    api.attendance.exportCsv({ meeting: 'uuid==', thresholdPercent: 75, timeZone })
}

describe('the export flow', () => {
  it('saves in the display zone (the one setting for screen and files)', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'settings:update': (patch) =>
        ok({
          timeZone: patch.timeZone ?? null,
          attendanceThreshold: 75,
          layout: 'one-row-per-person'
        }),
      'attendance:export-csv': ok({ saved: true, fileName: 'Onboarding 2026-10-05.csv', rows: 51 })
    })
    render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    const picker = screen.getByLabelText('Time zone (screen and files)')
    await user.clear(picker)
    // Searching finds the zone: "tokyo" is Asia/Tokyo.
    await user.type(picker, 'tokyo{Enter}')
    expect(picker).toHaveValue('Asia/Tokyo')
    expect(fake.inputsOf('settings:update')).toEqual([{ timeZone: 'Asia/Tokyo' }])
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved 51 rows to “Onboarding 2026-10-05.csv”.'
    )
    expect(fake.inputsOf('attendance:export-csv')).toEqual([
      { meeting: 'uuid==', thresholdPercent: 75, timeZone: 'Asia/Tokyo' }
    ])
  })

  it('says when typed text names no zone, and keeps the zone in use', async () => {
    const user = userEvent.setup()
    installFakeBridge({})
    render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    const picker = screen.getByLabelText('Time zone (screen and files)')
    await user.clear(picker)
    await user.type(picker, 'Atlantis{Enter}')
    expect(picker).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('No time zone matches that.')
  })

  it('offers the likely zones first (in use, this computer, used recently, UTC), then all', () => {
    installFakeBridge({})
    useDisplayStore.setState({ zone: 'Asia/Tokyo', recentZones: ['Europe/Paris'] })
    const { container } = render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    const values = [...container.querySelectorAll('datalist option')].map((o) =>
      o.getAttribute('value')
    )
    expect(values[0]).toBe('Asia/Tokyo')
    expect(values.indexOf('Europe/Paris')).toBeLessThan(values.indexOf('Africa/Abidjan'))
    expect(values.indexOf('UTC')).toBeLessThan(values.indexOf('Africa/Abidjan'))
    expect(values.length).toBeGreaterThan(300)
    expect(new Set(values).size).toBe(values.length)
  })

  it('defaults to this computer’s time zone', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'attendance:export-csv': ok({ saved: true, fileName: 'a.csv', rows: 1 })
    })
    render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }))
    await screen.findByRole('status')
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(fake.inputsOf('attendance:export-csv')[0]?.timeZone).toBe(zone)
  })

  it('says “Saving…” and takes no second click while a save runs', async () => {
    const user = userEvent.setup()
    const answer = deferred<IpcResult<ExportOutcome>>()
    const fake = installFakeBridge({ 'attendance:export-csv': () => answer.promise })
    render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }))
    const saving = screen.getByRole('button', { name: 'Saving…' })
    expect(saving).toBeDisabled()
    await user.click(saving)
    answer.resolve(ok({ saved: true, fileName: 'a.csv', rows: 1 }))
    await screen.findByRole('button', { name: 'Export CSV…' })
    expect(fake.inputsOf('attendance:export-csv')).toHaveLength(1)
  })

  it('says nothing was saved when the save dialog was cancelled', async () => {
    const user = userEvent.setup()
    installFakeBridge({ 'attendance:export-csv': ok({ saved: false, fileName: null, rows: 0 }) })
    render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }))
    await screen.findByRole('button', { name: 'Export CSV…' })
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows why a save failed, with the fix', async () => {
    const user = userEvent.setup()
    installFakeBridge({
      'attendance:export-csv': failed('The file could not be written.', {
        code: 'file',
        remedy: 'Choose another folder.'
      })
    })
    render(<ExportPanel idPrefix="export" actions={[attendanceExport]} />)
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The file could not be written.')
    expect(alert).toHaveTextContent('Choose another folder.')
  })

  it('offers several ways to save side by side, one at a time', async () => {
    const user = userEvent.setup()
    const fake = installFakeBridge({
      'rollup:export-csv': ({ layout }) => ok({ saved: true, fileName: `${layout}.csv`, rows: 2 })
    })
    const selection = { kind: 'recurring' as const, meetingId: '82770614280' }
    const layouts = (['matrix', 'long'] as const).map((layout): ExportAction => ({
      id: layout,
      label: `Export ${layout}`,
      save: (timeZone) => (api) =>
        api.rollup.exportCsv({ selection, thresholdPercent: 75, timeZone, layout })
    }))
    render(<ExportPanel idPrefix="rollup" actions={layouts} />)
    await user.click(screen.getByRole('button', { name: 'Export long' }))
    expect(await screen.findByRole('status')).toHaveTextContent('“long.csv”')
    expect(fake.inputsOf('rollup:export-csv').map((i) => i.layout)).toEqual(['long'])
  })
})
