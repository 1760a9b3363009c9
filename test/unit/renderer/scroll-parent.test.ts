// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { scrollParent } from '../../../src/lib/scroll-parent'

describe('scrollParent', () => {
  it('finds the nearest ancestor that scrolls, as <main> does in the app layout', () => {
    document.body.innerHTML = `
      <div class="app" style="overflow-y: hidden">
        <main style="overflow-y: auto"><div><div id="timeline"></div></div></main>
      </div>`
    expect(scrollParent(document.getElementById('timeline'))?.tagName).toBe('MAIN')
  })

  it('falls back to the document when nothing else scrolls', () => {
    document.body.innerHTML = '<div><div id="timeline"></div></div>'
    expect(scrollParent(document.getElementById('timeline'))).toBe(document.scrollingElement ?? null)
  })
})
