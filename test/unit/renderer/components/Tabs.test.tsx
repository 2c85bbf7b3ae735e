import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Tabs } from '../../../../src/renderer/src/components/Tabs'

type Id = 'a' | 'b' | 'c'
const tabs: ReadonlyArray<{ id: Id; label: string }> = [
  { id: 'a', label: 'Upcoming' },
  { id: 'b', label: 'Scheduled' },
  { id: 'c', label: 'Past' }
]

function Harness() {
  const [current, setCurrent] = useState<Id>('c')
  return (
    <Tabs
      label="Which meetings"
      tabs={tabs}
      current={current}
      onChange={(id) => setCurrent(id)}
      idPrefix="t"
    />
  )
}

describe('tabs', () => {
  it('move with the arrow keys, Home and End, and only the chosen tab is in the Tab order', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    expect(screen.getByRole('tab', { name: 'Past' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Upcoming' })).toHaveFocus()
    expect(screen.getByRole('tab', { name: 'Upcoming' })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Past' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'Scheduled' })).toHaveAttribute('tabindex', '0')
    expect(screen.getByRole('tab', { name: 'Past' })).toHaveAttribute('tabindex', '-1')
  })
})
