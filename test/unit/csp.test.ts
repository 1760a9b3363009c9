/** The renderer's CSP meta tag and the header the server and Electron send must not drift apart. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/server/static-files'
import { PROJECT_ROOT } from '../support/cli'

const directives = (policy: string): Map<string, string> =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]))

describe('content security policy', () => {
  const html = readFileSync(join(PROJECT_ROOT, 'src/index.html'), 'utf8')
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''

  it('is declared in the page and forbids inline and foreign script', () => {
    expect(directives(meta).get('script-src')).toBe("'self'")
    expect(directives(meta).get('object-src')).toBe("'none'")
  })

  it('says the same in the header as in the meta tag', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    for (const [name, value] of directives(meta)) expect(header.get(name), name).toBe(value)
  })
})
