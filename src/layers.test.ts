import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The layer rules in eslint.config.js: an import that runs uphill (engine → store → views → app
 * is downhill) fails lint. Each case lints one line as if it sat in that file.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

// Loading the config takes seconds on a busy machine: a generous cap, not a speed target.
describe('imports run downhill (eslint no-restricted-imports)', { timeout: 120_000 }, () => {
  const uphill: [string, string][] = [
    ['src/store/x.ts', "import { LABS } from '../app/labs';"],
    ['src/store/x.ts', "import { DhtLab } from '../views/dht/DhtLab';"],
    ['src/store/chord/x.ts', "import { App } from '../../app/App';"],
    ['src/views/common/x.tsx', "import { LABS } from '../../app/labs';"],
    ['src/views/dht/x.tsx', "import { useShellKeys } from '../../app/keyboard';"],
    ['src/engine/chord/x.ts', "import { chordStore } from '../../store/chord';"],
    ['src/engine/x.ts', "import { DhtLab } from '../views/dht/DhtLab';"],
    ['src/engine/x.ts', "import { LABS } from '../app/labs';"],
    ['src/store/x.tsx', "import { LABS } from '../app/labs';"],
    ['src/views/dht/x.tsx', "import { main } from '../../cli/scenario';"],
    ['src/engine/chord/x.ts', "import { runScenario } from '../dispatcher';"],
    ['src/engine/scenario/x.ts', "import { parseChordScenario } from '../chord';"],
    ['src/engine/scenario/x.ts', "import { om } from '../byzantine/om';"],
  ];
  it.each(uphill)('%s: %s fails', async (file, code) => {
    const errors = await restricted(file, code);
    expect(errors.length).toBe(1);
  });

  const downhill: [string, string][] = [
    ['src/app/x.ts', "import { chordStore } from '../store/chord';"],
    ['src/app/x.ts', "import { DhtLab } from '../views/dht/DhtLab';"],
    ['src/views/dht/x.tsx', "import { chordStore } from '../../store/chord';"],
    ['src/views/common/x.tsx', "import { formatHash } from '../../store/share';"],
    ['src/store/x.ts', "import { parseChordScenario } from '../engine/chord';"],
    ['src/engine/dispatcher.ts', "import { parseChordScenario } from './chord';"],
    ['src/engine/chord/x.ts', "import { fail } from '../scenario/errors';"],
  ];
  it.each(downhill)('%s: %s passes', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
