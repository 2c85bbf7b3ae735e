import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

// Only the thin Electron glue may load `electron`; everything else must run in plain Node
// (tests, the CLI, the browser preview) where requiring it throws.
const electronGlue = ['src/main/index.ts', 'src/main/electron/**', 'src/preload/**']

const noElectron = {
  name: 'electron',
  message:
    'Only src/main/electron/*, src/main/index.ts and src/preload may import electron. Put logic behind a platform interface instead.',
  allowTypeImports: true
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'src/main/zoom/generated/**',
      'test-results/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron] }]
    }
  },
  {
    files: electronGlue,
    rules: { '@typescript-eslint/no-restricted-imports': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/explicit-function-return-type': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/main/**', '**/preload/index*', '@main/**', '@preload/**'],
              message:
                'The renderer talks to main only through the bridge (src/renderer/src/lib/bridge.ts).'
            },
            {
              regex: '^(\\.\\./)+(src/)?shared/',
              message: 'Import shared code as @shared/…, not by climbing out of the renderer.'
            }
          ]
        }
      ],
      // A store hook called with no selector re-renders its component on every change.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^use[A-Za-z]+Store$/][arguments.length=0]',
          message: 'Pick what the component needs: useXStore((s) => s.field), or useShallow.'
        }
      ]
    }
  },
  {
    files: ['test/**/*.ts', '**/*.config.ts', 'scripts/**'],
    rules: { '@typescript-eslint/explicit-function-return-type': 'off' }
  },
  prettier
)
