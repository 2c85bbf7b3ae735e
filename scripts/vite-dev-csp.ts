import type { Plugin } from 'vite'

/**
 * The dev server injects inline scripts (React refresh, HMR client), which the strict
 * production CSP blocks. Only `electron-vite dev` loosens it; builds keep it strict.
 */
export function devCspRelaxation(): Plugin {
  return {
    name: 'headcount-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    }
  }
}
