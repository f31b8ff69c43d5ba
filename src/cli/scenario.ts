/**
 * npm run --silent scenario -- path/to/file.json
 * Runs a scenario with the same engine as the app and prints the result as JSON on stdout.
 * Bad input (an unreadable or oversized file, bad JSON, a bad field, a run over its budget):
 * one line on stderr, no stack trace, exit code 2.
 */
import { runScenario } from '../engine/dispatcher';
import { ScenarioError } from '../engine/scenario/errors';
import { parseScenarioJson } from '../engine/scenario/json';
import { InputError, readScenarioFile } from './input';

/** One line, whatever the message holds. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run --silent scenario -- path/to/scenario.json\n');
    return 2;
  }
  try {
    const raw = parseScenarioJson(readScenarioFile(file), file === '-' ? 'The input' : file);
    process.stdout.write(JSON.stringify(runScenario(raw)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(oneLine(e.message) + '\n');
      return 2;
    }
    if (e instanceof ScenarioError) {
      process.stderr.write(`invalid scenario: ${oneLine(e.message)}\n`);
      return 2;
    }
    process.stderr.write(
      `internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`,
    );
    return 1;
  }
}

// Output piped into `head` closes early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(process.argv.slice(2));
