/** `npm start` and `npm run dev` (see scripts/lib/launcher.ts). */
import { launch, parseLaunchArgs } from './lib/launcher'

process.exitCode = await launch(parseLaunchArgs(process.argv.slice(2)))
