import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'

type FuseName = keyof typeof FuseV1Options & string

/**
 * The fuse states every release build must have (security.md §1). electron-builder.yml
 * sets them through `electronFuses`; this is how a built app is checked.
 */
export const releaseFuses: Partial<Record<FuseName, boolean>> = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false
}

function describeState(state: FuseState | undefined): string {
  if (state === FuseState.ENABLE) return 'Enabled'
  if (state === FuseState.DISABLE) return 'Disabled'
  if (state === FuseState.REMOVED) return 'Removed'
  return 'missing'
}

/** One plain sentence per fuse that is not as a release needs it; empty when all are right. */
export async function fuseProblems(app: string): Promise<string[]> {
  const wire = await getCurrentFuseWire(app)
  const problems: string[] = []
  for (const [name, wanted] of Object.entries(releaseFuses)) {
    const actual = wire[FuseV1Options[name as FuseName]]
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE
    if (actual !== expected) {
      problems.push(
        `${name} is ${describeState(actual)}, but a release build needs it ${describeState(expected)}.`
      )
    }
  }
  return problems
}
