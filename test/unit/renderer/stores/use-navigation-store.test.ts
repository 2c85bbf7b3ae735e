import { describe, expect, it } from 'vitest'
import { useNavigationStore } from '../../../../src/renderer/src/stores/use-navigation-store'

describe('the navigation store', () => {
  it('counts each navigation, so choosing the same view again still moves focus', () => {
    const { go } = useNavigationStore.getState()
    go('users')
    go('users')
    expect(useNavigationStore.getState()).toMatchObject({ current: 'users', visits: 2 })
  })

  it('chooses the first view without counting a visit', () => {
    useNavigationStore.getState().start('accounts')
    expect(useNavigationStore.getState()).toMatchObject({ current: 'accounts', visits: 0 })
  })
})
