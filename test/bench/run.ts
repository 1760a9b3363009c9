/** `npm run bench`: prints figures; asserts nothing. */
import { benchIngest } from './ingest.bench'
import { benchMatcher } from './matcher.bench'
import { benchPoll } from './poll.bench'
import { benchPrecision } from './precision.bench'
import { benchTimeline } from './timeline.bench'

console.log(`Marsad benchmarks — node ${process.version}, ${new Date().toISOString()}`)
benchMatcher()
benchPrecision()
await benchIngest()
await benchPoll()
await benchTimeline()
