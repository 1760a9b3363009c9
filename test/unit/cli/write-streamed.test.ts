/** The CLI's streamed file: text and UTF-8 bytes (an export thread's lines) land in it alike, and only whole. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeStreamed } from '../../../electron/cli/failures'

describe('writeStreamed', () => {
  it('writes text and bytes in the order given, then renames the part file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-stream-')), 'out.csv')
    const rows = await writeStreamed(path, async (write) => {
      write('\uFEFFtitle\r\n')
      write(new TextEncoder().encode('توقيف خلية\r\n'.repeat(20_000)))
      write('ندوة\r\n')
      return 20_002
    })
    expect(rows).toBe(20_002)
    expect(existsSync(`${path}.part`)).toBe(false)
    expect(readFileSync(path, 'utf8')).toBe('\uFEFFtitle\r\n' + 'توقيف خلية\r\n'.repeat(20_000) + 'ندوة\r\n')
  })

  it('leaves nothing behind when the export fails part way', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-stream-')), 'out.csv')
    const failing = writeStreamed(path, async (write) => {
      write(new TextEncoder().encode('سطر\r\n'))
      throw new Error('the view went away')
    })
    await expect(failing).rejects.toThrow(/went away/)
    expect([existsSync(path), existsSync(`${path}.part`)]).toEqual([false, false])
  })
})
