import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ringside-cli-'));
const CLI = [process.execPath, '--import', 'tsx', 'src/cli/scenario.ts'];
function run(file: string) {
  const r = spawnSync(CLI[0]!, [...CLI.slice(1), file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function cli(content: string | object | Uint8Array) {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    file,
    typeof content === 'string' || content instanceof Uint8Array
      ? content
      : JSON.stringify(content),
  );
  return run(file);
}
/** Exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectRefused(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/\bat .*\.[jt]s:\d+|node:internal/);
}
const OM1 = { kind: 'byzantine', version: 1, generals: 4, m: 1, traitors: { '3': 'opposite' } };

describe('scenario CLI', () => {
  it('runs the Chord paper lookup and prints JSON on stdout', () => {
    const r = cli({
      kind: 'chord',
      version: 1,
      bits: 6,
      nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.kind).toBe('chord');
    expect(out.results[0]).toMatchObject({
      op: 'lookup',
      owner: 56,
      path: [8, 42, 51, 56],
      hops: 3,
    });
  });

  it('prints experiment membershipCost in the issue’s contract', () => {
    const r = cli(readFileSync('examples/experiment-membershipcost.json', 'utf8'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.name).toBe('membershipCost');
    expect(out.rows.map((x: { routing: string }) => x.routing).slice(0, 3)).toEqual([
      'modN',
      'leader',
      'finger',
    ]);
    expect(out.rows[0]).toMatchObject({ nodes: 16, routing: 'modN' });
    expect(out.rows[0].keysMovedFraction).toBeGreaterThan(0.9);
  });

  it('prints experiment bounds in the issue’s contract', () => {
    const r = cli(readFileSync('examples/experiment-bounds.json', 'utf8'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['name', 'cells']);
    expect(out.name).toBe('bounds');
    expect(out.cells).toHaveLength(30);
    const cell = out.cells.find(
      (c: { algorithm: string; generals: number; traitors: number }) =>
        c.algorithm === 'OM' && c.generals === 4 && c.traitors === 1,
    );
    expect(cell).toMatchObject({ algorithm: 'OM', generals: 4, traitors: 1, m: 1, result: 'safe' });
    const broken = out.cells.find((c: { result: string }) => c.result === 'broken');
    expect(broken.counterexample.kind).toBe('byzantine');
    const rerun = cli(broken.counterexample);
    expect(rerun.code).toBe(0);
    const verdict = JSON.parse(rerun.out);
    expect(verdict.ic1 && verdict.ic2).toBe(false);
  });

  it('runs a Byzantine scenario', () => {
    const r = cli({
      kind: 'byzantine',
      version: 1,
      generals: 4,
      m: 1,
      order: 'attack',
      traitors: { '3': 'opposite' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      kind: 'byzantine',
      messages: 9,
      messagesPerRound: [3, 6],
      decisions: { '1': 'attack', '2': 'attack' },
      ic1: true,
      ic2: true,
      outcome: 'victory',
    });
  });

  it('runs a Paxos schedule and, with "find": "violation", the bounded search', () => {
    // the README's example (the default three acceptors, A2 forgets): "found, 14 steps"
    const example = JSON.parse(readFileSync('examples/paxos-forget.json', 'utf8'));
    expect(example.find).toBe('violation');
    const { find: _find, ...scenario } = example;
    const found = cli(example);
    expect(found.err).toBe('');
    const search = JSON.parse(found.out);
    expect(search).toMatchObject({ found: true, safe: false });
    expect(search.schedule).toHaveLength(14);
    expect(search.explored).toBeGreaterThan(0);
    const replay = cli({ ...scenario, schedule: search.schedule });
    const run = JSON.parse(replay.out);
    expect(run).toMatchObject({ safe: false, schedule: search.schedule });
    expect(run.chosen).toEqual(search.chosen);
    expect(run.messages.length).toBeGreaterThan(14);
  }, 120_000); // two CLI processes and a search: slow on a busy machine, not a speed target

  it.each([
    ['bad JSON', '{ "kind": ', /not valid JSON/],
    ['an unknown kind', { kind: 'raft', version: 1 }, /"kind" must be one of/],
    ['fewer than 3 generals', { kind: 'byzantine', version: 1, generals: 2, m: 1 }, /generals/i],
    ['a node outside the circle', { kind: 'chord', version: 1, bits: 3, nodes: [1, 9] }, /9/],
    [
      'duplicate node ids',
      { kind: 'chord', version: 1, bits: 6, nodes: [1, 8, 8] },
      /8 is listed twice/,
    ],
    [
      'a quorum larger than the acceptors',
      { kind: 'paxos', version: 1, acceptors: 3, quorum: 4 },
      /quorum of 4 is larger than the 3 acceptors/,
    ],
    [
      'an unknown Byzantine strategy',
      {
        kind: 'paxos',
        version: 1,
        acceptors: 3,
        faults: { A1: { type: 'byzantine', strategy: 'x' } },
      },
      /unknown strategy "x"/,
    ],
    [
      'a schedule that delivers a message nobody sent',
      { kind: 'paxos', version: 1, acceptors: 3, schedule: [{ propose: 'P1' }, { deliver: 7 }] },
      /message 7, which nobody has sent/,
    ],
  ])('rejects %s with one line on stderr and exit code 2', (_name, input, pattern) => {
    expectRefused(cli(input), pattern);
  });
});

// Each case spawns the CLI (about a second under tsx); the timeout only bounds a hung spawn.
describe('scenario CLI under hostile input (#15, #10)', { timeout: 120_000 }, () => {
  it.skipIf(!existsSync('/dev/zero'))('refuses /dev/zero at once instead of reading it', () => {
    expectRefused(run('/dev/zero'), /\/dev\/zero: it is a device/);
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo on this system
    expectRefused(run(fifo), /it is a FIFO/);
  });

  it('refuses a directory and a missing file', () => {
    expectRefused(run(dir), /it is a directory/);
    expectRefused(run(join(dir, 'nope.json')), /no such file/);
  });

  it('refuses a file over the size limit, naming both sizes', () => {
    const big = Buffer.alloc(65 * 1024 * 1024, 32);
    expectRefused(cli(big), /is 68\.2 MB; scenario files are at most 67\.1 MB/);
  });

  it('refuses nesting 5,000 levels deep with a line, not a stack overflow', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expectRefused(cli(`{"kind": ${deep}}`), /nested more than 64 levels deep/);
    expectRefused(
      cli(`{"kind":"chord","version":1,"nodes":[1],"view":{"x":${deep}}}`),
      /nested more than 64 levels/,
    );
  });

  it('reports invalid JSON spread over several lines as one line with its position', () => {
    const r = cli('{\n  "kind": "chord",\n  "version": 1,\n  "bits": 6 6\n}\n');
    expectRefused(r, /not valid JSON: .* at line 4, column 13/);
  });

  it('quotes at most 80 characters of a 10 MB string field', () => {
    const huge = 'a'.repeat(10_000_000);
    for (const input of [
      { kind: huge, version: 1 },
      { ...OM1, traitors: { '3': huge } },
      {
        kind: 'chord',
        version: 1,
        nodes: [1, 8],
        steps: [{ op: 'put', from: 1, key: 'k', value: huge }],
      },
    ]) {
      const r = cli(input);
      expectRefused(r, /10,000,000 characters/);
      expect(r.err.length).toBeLessThan(300);
    }
  });

  it('names 1e400 as out of range, not "got null"', () => {
    const r = cli('{"kind":"chord","version":1,"bits":1e400,"nodes":[1]}');
    expectRefused(r, /"bits" is out of range: it must be between 3 and 32/);
    const r2 = cli('{"kind":"chord","version":1,"nodes":[1, 1e400]}');
    expectRefused(r2, /out of range/);
    expect(r2.err).not.toMatch(/null/);
  });

  it('refuses a run over its budget with the numbers (20,000 nodes × 1,000 rounds)', () => {
    const r = cli({
      kind: 'chord',
      version: 1,
      bits: 32,
      nodes: 20000,
      steps: [{ op: 'stabilize', rounds: 1000 }],
    });
    expectRefused(r, /20,000,000 node-rounds .*the budget is 2,000,000/);
  });

  it('accepts a UTF-8 byte-order mark and UTF-16 files (both byte orders)', () => {
    const text = JSON.stringify(OM1);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [
      Buffer.from('\ufeff' + text),
      le,
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    ]) {
      const r = cli(bytes);
      expect(r.err).toBe('');
      expect(JSON.parse(r.out)).toMatchObject({ kind: 'byzantine', messages: 9 });
    }
  });

  it('stores and finds a key named __proto__ like any other key', () => {
    const r = cli(
      '{"kind":"chord","version":1,"bits":6,"nodes":[1,8],"keys":{"__proto__":"v"},' +
        '"steps":[{"op":"get","from":1,"key":"__proto__"},{"op":"put","from":8,"key":"constructor","value":"w"},' +
        '{"op":"get","from":8,"key":"constructor"}]}',
    );
    expect(r.err).toBe('');
    const out = JSON.parse(r.out);
    expect(out.results[0]).toMatchObject({ op: 'get', value: 'v' });
    expect(out.results[2]).toMatchObject({ op: 'get', value: 'w' });
  });

  it('ends quietly when its output is piped into head (EPIPE)', () => {
    const file = join(dir, 'wide.json');
    writeFileSync(file, JSON.stringify({ kind: 'chord', version: 1, bits: 32, nodes: 20000 }));
    const cmd = `set -o pipefail; ${CLI.map((a) => `'${a}'`).join(' ')} '${file}' | head -c 10 >/dev/null`;
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('prints each question with its exact answer and why, as the app asks it', () => {
    const paper = {
      kind: 'chord',
      version: 1,
      bits: 6,
      nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
      questions: [
        { at: 3, kind: 'finger' },
        { at: 1, kind: 'hops' },
        { at: 2, kind: 'next-hop' },
      ],
    };
    const chord = JSON.parse(cli(paper).out);
    // Chord Fig. 3b: N8 → N42 (finger[5]) → N51 (N42's finger[3], start 50) → N56
    expect(chord.questions).toEqual([
      expect.objectContaining({ at: 1, kind: 'hops', answer: '3' }),
      expect.objectContaining({ at: 2, kind: 'next-hop', input: 'stage', answer: 'N42' }),
      expect.objectContaining({ at: 3, answer: 'finger[3] (start 50) = N51', answerId: '3' }),
    ]);
    expect(chord.questions[1].question).toBe('Which node does N8 forward the query for key 54 to?');
    expect(chord.questions[1].why).toMatch(/closest preceding finger is finger\[5\] = N42/);
    expect(chord.questions[0].choices).toContain('3');

    const om1 = JSON.parse(
      cli({
        ...OM1,
        questions: [
          { at: 4, kind: 'messages' },
          { at: 12, kind: 'ic2' },
        ],
      }).out,
    );
    // round 1 of OM(1) with 4 generals: each of 3 lieutenants relays to the 2 others
    expect(om1.questions.map((q: { answer: string }) => q.answer)).toEqual(['6', 'Yes']);
    expect(om1.questions[0].question).toBe('How many messages will round 1 send?');
    expect(om1.questions[1].why).toMatch(/IC2 holds/);
    expect(JSON.parse(cli(OM1).out)).not.toHaveProperty('questions');

    const paxos = JSON.parse(readFileSync('examples/paxos-crashes.json', 'utf8'));
    const px = JSON.parse(
      cli({
        ...paxos,
        questions: [
          { at: 53, kind: 'chosen' },
          { at: 56, kind: 'chosen' },
        ],
      }).out,
    );
    expect(px.questions.map((q: { answerId: string }) => q.answerId)).toEqual(['no', 'yes:attack']);
    expect(px.questions[1].why).toMatch(/^A quorum \(A1, A2\) accepted \(60, attack\)/);
  });

  it('refuses a question that does not fit the run, saying where it would', () => {
    const r = cli({
      kind: 'chord',
      version: 1,
      bits: 6,
      nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
      questions: [{ at: 4, kind: 'finger' }],
    });
    expectRefused(r, /Question 1 \("finger" at step 4\).*\(try step 2, 3\)/);
  });
});
