// The window's styles are CSS Modules, one per component or feature, so one screen's class can
// never restyle another. These checks keep it so: no global class selectors, and no class used
// in a component that its module does not define (a typo would silently style nothing).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../../src/renderer/src')

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory()
      ? filesUnder(full, pattern)
      : pattern.test(name)
        ? [full]
        : []
  })
}

/** Class names a stylesheet defines, including those it composes from elsewhere. */
function classesOf(cssFile: string): Set<string> {
  const css = readFileSync(cssFile, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
  return new Set([...css.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]!))
}

describe('the window’s styles', () => {
  it('are CSS Modules, apart from the tokens and element defaults', () => {
    const globals = filesUnder(root, /\.css$/).filter((f) => !f.endsWith('.module.css'))
    expect(globals.map((f) => relative(root, f)).sort()).toEqual([
      'styles/base.css',
      'styles/tokens.css'
    ])
    for (const file of globals) {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
      expect(
        [...css.matchAll(/(^|[\s,>+~}])\.[A-Za-z_]/g)],
        `${file} defines a global class`
      ).toEqual([])
    }
  })

  it('keep every colour in the tokens', () => {
    for (const file of filesUnder(root, /\.module\.css$/)) {
      const css = readFileSync(file, 'utf8')
      const colours = [...css.matchAll(/#[0-9a-fA-F]{3,8}\b/g)].map((m) => m[0])
      // White is allowed inline: it is the page's one neutral, never a design choice to change.
      expect(
        colours.filter((c) => !/^#f{3}(f{3})?$/i.test(c)),
        relative(root, file)
      ).toEqual([])
    }
  })

  it('use only classes their modules define', () => {
    const missing: string[] = []
    for (const file of filesUnder(root, /\.tsx$/)) {
      const source = readFileSync(file, 'utf8')
      for (const m of source.matchAll(/import (\w+) from '([^']+\.module\.css)'/g)) {
        const [, alias, path] = m
        const defined = classesOf(resolve(dirname(file), path!))
        for (const use of source.matchAll(new RegExp(`(?<![\\w/.-])${alias}\\.(\\w+)`, 'g'))) {
          if (!defined.has(use[1]!)) missing.push(`${relative(root, file)}: ${alias}.${use[1]}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('leave no plain class names in the markup', () => {
    const plain = filesUnder(root, /\.tsx$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/className=["'`]/g)].map(() => relative(root, file))
    )
    expect(plain).toEqual([])
  })
})
