/** Entry point of `marsad` (npm run -s marsad -- …): real stdio around runCli. */
import { readFileSync } from 'node:fs'
import { runCli } from './cli'
import type { CliIo } from './commands'

const stdio: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  readStdin: () => readFileSync(0, 'utf8'),
  stdoutIsTTY: process.stdout.isTTY === true,
}

process.exitCode = await runCli(process.argv.slice(2), stdio)
