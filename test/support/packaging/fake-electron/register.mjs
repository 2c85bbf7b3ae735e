// `node --import ./register.mjs app.js` runs a built Electron main under plain Node, with
// every `import 'electron'` (ours and our dependencies') answered by ./electron.mjs.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
