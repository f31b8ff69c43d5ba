/**
 * npm run --silent scenario -- path/to/file.json
 * Runs a scenario with the same engine as the app and prints the result as JSON on stdout.
 * Bad input: one line on stderr (no stack trace), exit code 2.
 */
import { readFileSync } from 'node:fs';
import { runScenario } from '../engine/scenario/run';
import { ScenarioError } from '../engine/scenario/errors';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run --silent scenario -- path/to/scenario.json\n');
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}\n`,
    );
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`${file} is not valid JSON: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    process.stdout.write(JSON.stringify(runScenario(raw)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof ScenarioError) {
      process.stderr.write(`invalid scenario: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
