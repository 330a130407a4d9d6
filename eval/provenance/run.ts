// npm run eval:provenance — the provenance checks in one go: the dev corpus against the gold pairs, the MRPC
// sentence-level benchmark, and the candidate index on 10,000 synthetic documents (pass sizes to index-scale.ts
// yourself for 100,000 or 1,000,000). Each script says so and exits 0 when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
let failed = false;
for (const [script, ...args] of [['dev-provenance.ts'], ['bench-mrpc.ts'], ['index-scale.ts', '10000']] as const) {
  console.log(`\n# ${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', here(script), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
