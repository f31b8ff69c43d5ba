import { describe, expect, it } from 'vitest';
import { makeQuestions, questionsAt } from '../quiz';
import { paxos } from './fixtures';
import { highestReport } from './proposer';
import { PAXOS_QUIZ, suggestPaxosQuestions } from './quiz';
import { runPaxos } from './run';

describe('Paxos questions', () => {
  it('on seed 2: P1 proposes attack; nothing is chosen until A1 also accepts (30, attack)', () => {
    const run = runPaxos(paxos({ seed: 2, loss: 0.1 }));
    const at = run.steps.findIndex((s) => s.verdicts.chosen.length > 0) + 1;
    const [before, now] = makeQuestions(
      [
        { at: at - 1, kind: 'chosen' },
        { at, kind: 'chosen' },
      ],
      PAXOS_QUIZ,
      run,
      run.steps.length,
      'Paxos',
    );
    expect(before!.answer).toBe('no');
    expect(now!.answer).toBe('yes:attack');
    expect(now!.prompt).toBe('Once A1 receives accept(30, attack) from P1, is a value chosen?');
    expect(now!.why).toContain('A quorum (A1, A2) accepted (30, attack)');
  });

  it('every proposal question answers the highest reported value, else the proposer’s own', () => {
    let forced = 0;
    let checked = 0;
    let reports = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const run = runPaxos(paxos({ seed, loss: 0.1 }));
      run.steps.forEach((s, i) => {
        for (const q of questionsAt(PAXOS_QUIZ, run, i + 1)) {
          expect(q.choices.map((c) => c.id)).toContain(q.answer);
          if (q.kind === 'chosen') {
            const votes = new Map<string, number>();
            for (const a of s.state.acceptors)
              for (const v of a.votes)
                votes.set(`${v.ballot}|${v.value}`, (votes.get(`${v.ballot}|${v.value}`) ?? 0) + 1);
            const hit = [...votes].find(([, n]) => n >= 2);
            expect(q.answer === 'no').toBe(hit === undefined);
          }
          if (q.kind === 'report') {
            // the one acceptor whose report has the highest ballot: its value is proposed
            const p = s.state.proposers.find((x) => q.prompt.startsWith(`${x.id} has promises`))!;
            const top = highestReport(p.promises)!;
            expect(q.answer).toBe(top.from);
            expect(p.promises.filter((r) => r.prior >= top.prior)).toHaveLength(1);
            expect(p.proposal).toBe(top.value);
            expect(q.input).toBe('stage');
            reports++;
          }
          if (q.kind !== 'proposal') continue;
          const p = s.state.proposers.find((x) =>
            q.prompt.startsWith(`Which value will ${x.id} `),
          )!;
          const top = highestReport(p.promises);
          expect(q.answer).toBe(top ? top.value : p.value);
          if (top && top.value !== p.value) forced++;
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(20);
    expect(forced).toBeGreaterThan(0);
    expect(reports).toBeGreaterThan(0);
  });

  it('default points: the proposals, then "chosen?" just before and at the first quorum', () => {
    const run = runPaxos(paxos({ seed: 2, loss: 0.1 }));
    const specs = suggestPaxosQuestions(run);
    const chosenAt = run.steps.findIndex((s) => s.verdicts.chosen.length > 0) + 1;
    expect(specs.filter((q) => q.kind === 'chosen').map((q) => q.at)).toEqual([
      chosenAt - 1,
      chosenAt,
    ]);
    expect(specs.filter((q) => q.kind === 'proposal').length).toBeGreaterThan(0);
    expect(() => makeQuestions(specs, PAXOS_QUIZ, run, run.steps.length, 'Paxos')).not.toThrow();
  });
});
