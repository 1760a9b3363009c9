/** A loopback HTTP server for tests: each route answers with a handler of the test's choosing. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type Route = (req: IncomingMessage, res: ServerResponse) => void

export interface LocalServer {
  readonly origin: string
  url(path: string): string
  route(path: string, handler: Route): void
  close(): Promise<void>
}

export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Route>()
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname)
    if (handler) handler(req, res)
    else res.writeHead(404).end('not found')
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A handler that sends a fixed body with the given headers. */
export function respond(body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, headers)
    res.end(body)
  }
}
