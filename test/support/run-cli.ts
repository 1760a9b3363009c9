/** Runs `marsad` in this process through runCli, the way main.ts does, with captured output. */
import { runCli } from '../../electron/cli/cli'

export interface InProcessResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export interface InProcessOptions {
  /** What `-` reads. */
  readonly stdin?: string
  /** Pretend stdout is a terminal. */
  readonly tty?: boolean
  /** The zone times are shown in; pinned so tests do not depend on the machine's. */
  readonly timeZone?: string
}

export async function runCliInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<InProcessResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    out: (line) => void (stdout += line + '\n'),
    err: (line) => void (stderr += line + '\n'),
    readStdin: () => options.stdin ?? '',
    stdoutIsTTY: options.tty ?? false,
    timeZone: options.timeZone ?? 'UTC',
  })
  return { code, stdout, stderr }
}
