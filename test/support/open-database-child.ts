/**
 * A process that opens databases when told to: it loads everything first and says `ready`, then
 * opens the file named by each line on stdin (running any pending migration) and answers `opened N`
 * (the schema version) or `failed CODE: DETAIL`. Several of them, sent the same path at once, open
 * a new file at the same moment.
 */
import { createInterface } from 'node:readline'
import { toErrorDetail } from '../../electron/core/errors/marsad-error'
import { openDatabase } from '../../electron/core/store/database'

const lines = createInterface({ input: process.stdin })
lines.on('line', (path) => {
  try {
    const db = openDatabase(path)
    process.stdout.write(`opened ${String(db.pragma('user_version', { simple: true }))}\n`)
    db.close()
  } catch (err) {
    const detail = toErrorDetail(err)
    process.stdout.write(`failed ${detail.code}: ${'detail' in detail ? detail.detail : ''}\n`)
  }
})
process.stdout.write('ready\n')
