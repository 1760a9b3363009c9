/** `npm run bench`: prints figures; asserts nothing. */
import { benchIngest } from './ingest.bench'
import { benchMatcher } from './matcher.bench'

console.log(`Marsad benchmarks — node ${process.version}, ${new Date().toISOString()}`)
benchMatcher()
await benchIngest()
