import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** What `npm run scenario` runs: the compiled CLI (built first if the sources changed). */
const compiled = (file: string) =>
  spawnSync(process.execPath, ['scripts/scenario.mjs', file], { encoding: 'utf8' });
const fromSource = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario.ts', file], {
    encoding: 'utf8',
  });

describe('compiled scenario CLI', () => {
  it('prints exactly what the TypeScript source prints, for every example and for bad input', () => {
    const files = readdirSync('examples')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `examples/${f}`);
    expect(files.length).toBeGreaterThan(0);
    // A first run installs what changed in the lockfile and compiles the CLI (npm may talk on
    // stderr while it does); what is compared below is the CLI's own output.
    expect(compiled(files[0]!).status).not.toBeNull();
    for (const file of [...files, 'examples/no-such-file.json']) {
      const a = compiled(file);
      const b = fromSource(file);
      expect(a.stdout).toBe(b.stdout);
      // the compiled CLI may first say on stderr that it is compiling; the message is the same
      expect(a.stderr.replace(/^\[ringside\].*\n/gm, '')).toBe(b.stderr);
      expect(a.status).toBe(b.status);
    }
  }, 120_000);
});
