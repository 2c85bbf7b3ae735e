import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../support/packaging/project-files'
import {
  emptyAllowList,
  readAllowList,
  type AllowList
} from '../../security/electronegativity/allow-list'
import { formatSummary } from '../../security/electronegativity/format-summary'
import { scanApp } from '../../security/electronegativity/scan-app'

// The same scan `npm run test:security` runs, pointed at tiny apps made here.
function fixtureApp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'headcount-eng-fixture-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

// A small app that does the things the global checks look for (CSP, navigation limits,
// permission handler), so the window options are the only thing that varies.
const cleanMain = [
  "const { BrowserWindow, session } = require('electron')",
  'const win = new BrowserWindow({',
  '  webPreferences: {',
  "    nodeIntegration: false, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick'",
  '  }',
  '})',
  'session.defaultSession.setPermissionRequestHandler((_wc, _p, callback) => callback(false))',
  "win.webContents.on('will-navigate', (event) => event.preventDefault())",
  "win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))",
  "win.loadURL('app://fixture/index.html')"
].join('\n')
// The electron-vite scaffold trap: Node in the page, so no sandbox.
const insecureMain = cleanMain.replace(
  'nodeIntegration: false, contextIsolation: true, sandbox: true',
  'nodeIntegration: true, contextIsolation: true'
)
const page = [
  '<!doctype html><html><head>',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'">`,
  '</head><body></body></html>'
].join('\n')

async function scanFixture(root: string, allowList: AllowList = emptyAllowList) {
  return scanApp({
    root,
    allowList,
    electronVersion: '45.4.1',
    targets: [{ label: 'fixture', include: ['.'] }]
  })
}

describe('the Electronegativity gate', () => {
  it('fails an app that turns nodeIntegration on, naming the check and the file', async () => {
    // The tool itself rates this INFORMATIONAL; the gate's policy makes it HIGH.
    // .cjs on purpose: the tool skips that extension unless the scan stages it as .js.
    const root = fixtureApp({ 'main.cjs': insecureMain, 'index.html': page })
    const report = await scanFixture(root)
    expect(report.verdict.passed).toBe(false)
    expect(report.verdict.failures).toContainEqual(
      expect.objectContaining({
        check: 'NODE_INTEGRATION_JS_CHECK',
        severity: 'HIGH',
        file: 'main.cjs',
        line: 4
      })
    )
    const summary = formatSummary(report, 'allow-list.json')
    expect(summary).toContain('FAIL: ')
    expect(summary).toContain('HIGH NODE_INTEGRATION_JS_CHECK at main.cjs:4')
    expect(summary).toContain('allow-list.json')
    expect(summary.trim().split('\n').at(-1)).toMatch(/^FAILED/)
  })

  it('lets a reviewed finding through only where its entry points', async () => {
    const root = fixtureApp({ 'main.cjs': insecureMain, 'index.html': page })
    const reviewed = (near: string): AllowList => ({
      findings: ['NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK'].map((check) => ({
        check,
        files: ['main.cjs'],
        near,
        reason: 'Fixture: pretend this window only ever shows our own bundled, trusted content.'
      })),
      parseErrors: []
    })
    const pinned = await scanFixture(root, reviewed('new BrowserWindow({'))
    expect(pinned.verdict.failures).toEqual([])
    expect(pinned.verdict.allowed.map((a) => a.finding.check).sort()).toEqual([
      'NODE_INTEGRATION_JS_CHECK',
      'SANDBOX_JS_CHECK'
    ])
    expect(pinned.verdict.passed).toBe(true)

    const elsewhere = await scanFixture(root, reviewed('some other code'))
    expect(elsewhere.verdict.passed).toBe(false)
    expect(elsewhere.verdict.unusedEntries).toHaveLength(2)
  })

  it('passes a locked-down window', async () => {
    const root = fixtureApp({
      'main.js': cleanMain,
      'index.html': page
    })
    const report = await scanFixture(root)
    expect(report.verdict.failures).toEqual([])
    expect(report.verdict.passed).toBe(true)
  })

  it('fails when the scanner cannot read a file, unless that file is excused with a reason', async () => {
    const root = fixtureApp({
      'main.js': cleanMain,
      'index.html': page,
      'broken.js': 'const = ;\n'
    })
    const report = await scanFixture(root)
    expect(report.verdict.blockingParseErrors).toEqual([
      expect.objectContaining({ file: 'broken.js', tolerable: false })
    ])
    expect(report.verdict.passed).toBe(false)

    const excused = await scanFixture(root, {
      findings: [],
      parseErrors: [
        { file: 'broken.js', reason: 'Fixture: this file is deliberately not valid JavaScript.' }
      ]
    })
    expect(excused.verdict.passed).toBe(true)
  })

  it('fails when a target holds nothing the tool can read', async () => {
    const report = await scanFixture(fixtureApp({ 'notes.txt': 'nothing to scan' }))
    expect(report.verdict.emptyTargets).toEqual(['fixture'])
    expect(report.verdict.passed).toBe(false)
  })

  it("keeps the project's allow-list valid: each entry says why it is safe", () => {
    const allowList = readAllowList(
      join(projectRoot, 'test/security/electronegativity-allow-list.json')
    )
    expect(allowList.findings.length).toBeGreaterThan(0)
    for (const entry of allowList.findings) expect(entry.reason.length).toBeGreaterThanOrEqual(40)
  })

  it('rejects an allow-list entry without a reason', () => {
    const file = join(fixtureApp({}), 'allow.json')
    writeFileSync(
      file,
      JSON.stringify({
        findings: [{ check: 'SANDBOX_JS_CHECK', files: ['a.js'], near: 'window', reason: 'ok' }],
        parseErrors: []
      })
    )
    expect(() => readAllowList(file)).toThrow(/real reason/)
  })
})
