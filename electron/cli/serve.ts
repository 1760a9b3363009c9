/** `marsad serve`: the headless server in the foreground until Ctrl-C. */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../server/server'
import { parseCommand, positiveInt } from './args'
import type { CliContext } from './commands'

/** out/renderer, built by `npm run build`, relative to this file in a checkout. */
export function builtRendererDir(): string {
  return process.env.MARSAD_RENDERER_DIR ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'out', 'renderer')
}

export async function serveCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('serve', args, { port: { type: 'string' } }, { min: 0, max: 0 })
  const port = positiveInt('serve', 'port', values.port, 0)
  if (port > 65535) throw new Error('serve: --port must be at most 65535')
  const service = ctx.service()
  const server = await startServer({ service, rendererDir: builtRendererDir(), port })
  const stopScheduling = service.startScheduling()
  ctx.io.out(server.url)
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      stopScheduling()
      void server.close().then(resolve)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
