/* eslint-disable @typescript-eslint/explicit-function-return-type -- plain JavaScript that Node runs directly, without TypeScript */
const fakeElectronUrl = new URL('./electron.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: fakeElectronUrl, shortCircuit: true }
  return nextResolve(specifier, context)
}
