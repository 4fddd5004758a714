// Offline cold start of two or more builds, alternating (A B A B), each pass with its own machine reference:
// `npx tsx tests/bench/compareColdStart.ts /tmp/distOld /tmp/distNew`. On a shared machine only back-to-back figures compare.
import { measureColdStart } from './appColdStart'
import { measureMachine } from './appMachine'
async function main() {
  const builds = process.argv.slice(2)
  for (let pass = 0; pass < 2; pass++) {
    for (const dist of builds) {
      const { referenceMs } = await measureMachine()
      const { figures, details } = await measureColdStart(dist, referenceMs)
      console.log(`${dist} pass ${pass}: ref ${Math.round(referenceMs)} ms | ${figures.map(f => `${f.name.replace(/offline cold start → /, '')}: ${Math.round(f.value * 100) / 100}`).join(' | ')}`)
      console.log(`   ${details[0]}`)
    }
  }
}

void main()
