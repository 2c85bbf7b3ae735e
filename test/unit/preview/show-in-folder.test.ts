import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCsvExports } from '../../../src/main/exports/csv-exports'
import { folderDialogs } from '../../../src/main/preview/node-platform'

const dataDir = mkdtempSync(join(tmpdir(), 'headcount-preview-exports-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('Show in folder in the browser preview', () => {
  it('says where the file is, since a web page cannot open a file manager', async () => {
    const exportDir = join(dataDir, 'exports')
    const exports = createCsvExports(folderDialogs(exportDir))
    expect(exports.showLast()).toEqual({ shown: false, message: 'Nothing has been saved yet.' })
    const saved = await exports.save('Onboarding 2026-11-03 attendance.csv', {
      headers: ['Name'],
      rows: [['Ada']]
    })
    expect(saved).toMatchObject({ saved: true, rows: 1 })
    expect(exports.showLast()).toEqual({
      shown: false,
      message: `Saved as “Onboarding 2026-11-03 attendance.csv” in ${exportDir}. Open that folder in your file manager to find it.`
    })
  })
})
