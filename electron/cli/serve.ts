/** `marsad serve`: the headless server in the foreground until Ctrl-C. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MarsadService } from '../core/app/service'
import { startServer, type RunningServer } from '../server/server'
import { parseCommand, positiveInt, UsageError } from './args'
import type { CliContext } from './commands'
import { CliFailure, systemReason } from './failures'
import { settle, trackPolls, untilSignal } from './shutdown'

/** out/renderer, built by `npm run build`, relative to this file in a checkout. */
export function builtRendererDir(): string {
  return process.env.MARSAD_RENDERER_DIR ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'out', 'renderer')
}

export async function serveCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('serve', args, { port: { type: 'string' } }, { min: 0, max: 0 })
  const port = values.port === '0' ? 0 : positiveInt('serve', 'port', values.port, 0)
  if (port > 65535) throw new UsageError('serve: --port must be at most 65535')
  const rendererDir = builtRendererDir()
  if (!existsSync(join(rendererDir, 'index.html'))) ctx.io.err('marsad: the UI is not built yet (run npm run build); the API answers meanwhile')
  const service = ctx.service()
  const server = await listenOn(service, rendererDir, port)
  const feedsInFlight = trackPolls(service)
  const stopScheduling = service.startScheduling()
  // Notices go to the browser, which shows them once the analyst allows it: only while a page is
  // open (else they wait, for it or for the desktop app on the same database).
  const stopNotifying = service.startNotifying({ audience: () => server.watchers() > 0 })
  ctx.io.out(server.url)
  await untilSignal()
  stopNotifying()
  stopScheduling()
  await server.close()
  await settle(service, ctx.io, feedsInFlight)
}

async function listenOn(service: MarsadService, rendererDir: string, port: number): Promise<RunningServer> {
  try {
    return await startServer({ service, rendererDir, port })
  } catch (err) {
    const code = (err as { code?: unknown }).code
    if (code === 'EADDRINUSE') throw new CliFailure(`serve: port ${port} is already in use (choose another --port, or 0 for any free one)`)
    if (code === 'EACCES') throw new CliFailure(`serve: not allowed to listen on port ${port} (use a port above 1023)`)
    throw new CliFailure(`serve: cannot listen on 127.0.0.1:${port}: ${systemReason(err)}`)
  }
}
