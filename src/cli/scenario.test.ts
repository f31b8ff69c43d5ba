import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ringside-cli-'));
function cli(content: string | object) {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario.ts', file], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

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
  ])('rejects %s with one line on stderr and exit code 2', (_name, input, pattern) => {
    const r = cli(input);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
