import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { textSizes } from './support/text';
import { shotsAtBothSizes } from './support/shots';

/** Issue #14 part 1: predict-then-reveal, answered on the stage and from a list. */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const question = (page: Page) => page.getByRole('region', { name: 'Question' });
const answer = (page: Page) => page.getByRole('region', { name: 'Answer' });
const score = (page: Page) => page.locator('.quiz-score');

const link = (lab: string, s: unknown) =>
  `./#/${lab}?s=${LZString.compressToEncodedURIComponent(JSON.stringify(s))}`;

const PAPER_QUIZ = {
  kind: 'chord',
  version: 1,
  bits: 6,
  nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
  keys: { owl: 'hoot', date: 'sweet', peach: 'fuzzy' },
  steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
  questions: [
    { at: 2, kind: 'next-hop' },
    { at: 3, kind: 'finger' },
  ],
  view: { selected: 8 },
};

const shots = (page: Page, name: string) => shotsAtBothSizes(page, `predict-${name}`);

test('DHT: a node clicked on the ring is right, a finger picked from the list is wrong; score and why', async ({
  page,
}) => {
  await page.goto(link('dht', PAPER_QUIZ));
  await expect(page.getByRole('button', { name: 'Predict' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('PageDown');
  await expect(status(page)).toHaveText(/^Step 1 of 5/);
  await expect(question(page)).toContainText('Which node does N8 forward the query for key 54 to?');
  // the player does not run past a question
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText(/^Step 2 of 5/);
  await expect(answer(page)).toContainText('The answer: N42.');
  // a question revealed is not asked again, until "Try again" clears the answers
  await page.keyboard.press('PageUp');
  await expect(question(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(status(page)).toHaveText(/^Step 0 of 5/);
  await page.keyboard.press('PageDown');
  await expect(question(page)).toBeVisible();
  await shots(page, 'dht-ask');

  await page.getByRole('button', { name: 'Node 42', exact: true }).click();
  await expect(answer(page)).toContainText('Right: N42.');
  await expect(answer(page)).toContainText('the closest preceding finger is finger[5] = N42');
  await expect(score(page)).toHaveText('Score 1 / 1');
  await expect(status(page)).toHaveText(/^Step 2 of 5/);
  await shots(page, 'dht-right');

  // the next question is right after: PageDown puts the answer away and asks
  await page.keyboard.press('PageDown');
  await expect(question(page)).toContainText("Which entry of N42's finger table is used");
  await question(page).getByRole('button', { name: 'finger[0] (start 43) = N48' }).click();
  await expect(answer(page)).toContainText(
    'Not quite: you said finger[0] (start 43) = N48; the answer is finger[3] (start 50) = N51.',
  );
  await expect(answer(page)).toContainText('N42: 54 is not in (42, 48]');
  await expect(score(page)).toHaveText('Score 1 / 2');
  await shots(page, 'dht-wrong');

  // back and forth shows the same: answers first, never asked twice
  await page.keyboard.press('PageUp');
  await expect(answer(page)).toContainText('Right: N42.');
  await page.keyboard.press('PageDown');
  await expect(status(page)).toHaveText(/^Step 3 of 5/);
  await expect(answer(page)).toContainText('Not quite');
  await expect(score(page)).toHaveText('Score 1 / 2');
});

test('Byzantine: Predict adds question points; the traitor’s relay answered wrong, IC2 right', async ({
  page,
}) => {
  await page.goto('./#/byzantine');
  await page.getByRole('button', { name: 'Predict' }).click();
  await expect(page.locator('.notice')).toContainText(
    'the player stops before steps 4, 8, 10, 12 and asks',
  );
  // "How many messages will round 1 send?" before step 4
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText('How many messages will round 1 send?');
  await question(page).getByRole('button', { name: '6', exact: true }).click();
  await expect(answer(page)).toContainText('Right: 6.');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText(
    'Which value does lieutenant 3 relay to lieutenant 1?',
  );
  await question(page).getByRole('button', { name: 'Attack', exact: true }).click();
  await expect(answer(page)).toContainText('Not quite: you said Attack; the answer is Retreat.');
  await expect(answer(page)).toContainText('strategy "opposite" sends the opposite');
  await expect(score(page)).toHaveText('Score 1 / 2');
  await shots(page, 'byzantine-wrong');
  await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText('What does lieutenant 1 decide?');
  await question(page).getByRole('button', { name: 'Attack', exact: true }).click();
  await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText('Does IC2 hold');
  await question(page).getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(answer(page)).toContainText('Right: Yes.');
  await expect(score(page)).toHaveText('Score 3 / 4');

  // the link carries the questions: a student replays the quiz from the start
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(status(page)).toHaveText(/^Step \d+ of 12/);
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText('How many messages will round 1 send?');
  await expect(score(page)).toHaveText('Score 0 / 0');
});

test('Ask here adds a question at the current step; a bad question in a link is named', async ({
  page,
}) => {
  await page.goto('./#/paxos');
  await page.getByRole('button', { name: 'Predict' }).click();
  await page.getByRole('slider', { name: 'Scrubber' }).fill('0');
  await page.getByRole('button', { name: 'Ask here' }).click();
  await expect(page.locator('.notice')).toContainText('Question added before step 1');
  await expect(question(page)).toContainText('is a value chosen?');
  await question(page).getByRole('button', { name: 'No, not yet' }).click();
  await expect(answer(page)).toContainText('Right: No, not yet.');
  await shots(page, 'paxos-right');

  await page.goto(link('dht', { ...PAPER_QUIZ, questions: [{ at: 4, kind: 'finger' }] }));
  await expect(page.getByRole('alert')).toContainText(
    'Question 1 ("finger" at step 4): it asks about a hop that follows a finger, and step 4 is not one (try step 2, 3).',
  );
});

test('Presentation mode: the question bar reads from the back row; Esc closes "Ask here", not the mode', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(link('dht', PAPER_QUIZ));
  await expect(status(page)).toHaveText(/^Step 0 of 5/);
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  const small = async () =>
    (await textSizes(page)).filter((t) => !t.caption && t.size < 20).map((t) => t.text);
  const bar = page.getByRole('region', { name: 'Predict' });
  await expect(bar).toContainText('Next question before step 2.');
  expect(await small(), 'idle bar').toEqual([]);

  // step 1 starts a lookup: "Ask here" offers several kinds in a menu
  await bar.getByRole('button', { name: 'Ask here' }).click();
  const menu = page.getByRole('dialog', { name: 'Question to ask' });
  await expect(menu.getByRole('button')).toHaveCount(2);
  expect(await small(), 'Ask here menu').toEqual([]);
  await shots(page, 'present-menu');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await expect(bar.getByRole('button', { name: 'Ask here' })).toBeFocused();
  // a click elsewhere closes it too, and adds nothing
  await bar.getByRole('button', { name: 'Ask here' }).click();
  await expect(menu).toBeVisible();
  await page.locator('.caption').click();
  await expect(menu).toHaveCount(0);
  await expect(bar).toContainText('Next question before step 2.');

  await page.keyboard.press('PageDown');
  await expect(question(page)).toContainText('Which node does N8 forward the query');
  expect(await small(), 'question asked').toEqual([]);
  await shots(page, 'present-ask');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Node 42', exact: true }).click();
  await expect(answer(page)).toContainText('Right: N42.');
  expect(await small(), 'answer shown').toEqual([]);
  await shots(page, 'present-right');
});

test('A lesson carries its own questions: asked once Predict is on, kept in the link', async ({
  page,
}) => {
  await page.goto('./#/dht');
  await expect(status(page)).toBeVisible();
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-finger');
  await expect(page.locator('.notice')).toContainText(
    'Turn on Predict to ask the class 3 questions.',
  );
  // a lesson never starts a quiz by itself
  await expect(status(page)).toHaveText(/^Step 0 of 5/);
  await expect(page.getByRole('region', { name: 'Predict' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Predict' }).click();
  await expect(page.locator('.notice')).toContainText('the player stops before steps 1, 2, 3');
  await expect(question(page)).toContainText(
    'How many hops will finger routing take from N8 to the owner of key 54?',
  );
  await question(page).getByRole('button', { name: '3', exact: true }).click();
  await expect(answer(page)).toContainText('Right: 3.');
  await expect(answer(page)).toContainText('Path 8 → 42 → 51 → 56: 3 hops.');

  // the link replays the lesson's quiz from the start
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(status(page)).toHaveText(/^Step \d of 5/);
  await page.keyboard.press('Home');
  await expect(question(page)).toContainText('How many hops will finger routing take');
  await expect(score(page)).toHaveText('Score 0 / 0');

  // in a lab with Predict on, a lesson asks its own questions straight away
  await page.goto('./#/byzantine');
  await page.getByRole('button', { name: 'Predict' }).click();
  await expect(page.getByRole('button', { name: 'Predict' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('byz-three');
  await expect(page.locator('.notice')).toContainText('Predict asks 3 questions on the way.');
  await expect(status(page)).toHaveText(/^Step 0 of 6/);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText(
    'Which value does lieutenant 2 relay to lieutenant 1?',
  );
  await shots(page, 'lesson-byz-three');
});

test('Byzantine and Paxos answers by a click on the stage: a general (wrong), an acceptor (right)', async ({
  page,
}) => {
  // LSP Fig. 1: three generals, lieutenant 2 lies; lieutenant 1 alone does not obey
  const fig1 = {
    kind: 'byzantine',
    version: 1,
    generals: 3,
    m: 1,
    order: 'attack',
    traitors: { '2': 'opposite' },
    questions: [{ at: 6, kind: 'disobeys' }],
  };
  await page.goto(link('byzantine', fig1));
  await expect(status(page)).toHaveText(/^Step \d of 6/);
  await page.getByRole('slider', { name: 'Scrubber' }).fill('5');
  await expect(question(page)).toContainText(
    "Which loyal lieutenant does not obey the commander's order (attack)?",
  );
  await expect(question(page)).toContainText('Click the general on the stage');
  await shots(page, 'byzantine-stage-ask');
  await page.getByRole('button', { name: 'General 2', exact: true }).click();
  await expect(answer(page)).toContainText(
    'Not quite: you said lieutenant 2; the answer is lieutenant 1.',
  );
  await expect(answer(page)).toContainText('lieutenant 1 decides retreat');
  await expect(score(page)).toHaveText('Score 0 / 1');
  // the click answered: it did not also select the general
  await expect(page.getByRole('button', { name: 'General 2', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await shots(page, 'byzantine-stage-wrong');

  // Paxos, 4 acceptors, quorum 3: A2 forgets, A3 is in both quorums and remembers
  await page.goto('./#/paxos');
  await page.getByRole('button', { name: 'Predict' }).click();
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('paxos-overlap');
  await expect(status(page)).toHaveText(/^Step 0 of 32/);
  await page.getByRole('slider', { name: 'Scrubber' }).fill('16');
  await expect(question(page)).toContainText('Which value will P2 propose for ballot 20?');
  await question(page).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Ask here' }).click();
  await page
    .getByRole('dialog', { name: 'Question to ask' })
    .getByRole('button', { name: /whose report decides/ })
    .click();
  await expect(question(page)).toContainText(
    'P2 has promises from A2, A3, A4: whose report decides the value it must propose?',
  );
  await expect(question(page)).toContainText('Click the acceptor on the stage');
  await shots(page, 'paxos-stage-ask');
  await page.getByRole('button', { name: 'Acceptor A3', exact: true }).click();
  await expect(answer(page)).toContainText('Right: A3.');
  await expect(answer(page)).toContainText('the highest report is (10, attack) from A3');
  await expect(status(page)).toHaveText(/^Step 17 of 32/);
  await shots(page, 'paxos-stage-right');
});
