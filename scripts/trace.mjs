// Main-thread CPU from a Chromium trace (bench:ui). Wall-clock frame and task times on a busy
// shared machine mostly measure the other processes; the trace's thread time (tdur) is what
// the page itself spent, so the bench reports both.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
];

/**
 * Top-level tasks of the page's main thread (CrRendererMain), each with its wall time and CPU
 * time in ms, and the main thread's animation frames (FireAnimationFrame start times).
 */
export function mainThread(traceJson) {
  const { traceEvents: ev } = JSON.parse(traceJson);
  const mains = new Set(
    ev
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const on = (e) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = ev
    .filter((e) => on(e) && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
    .map((e) => ({ ts: e.ts, wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }))
    .sort((a, b) => a.ts - b.ts);
  const frames = ev
    .filter((e) => on(e) && e.name === 'FireAnimationFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return { tasks, frames };
}

/** The longest task by CPU (ms), and its wall time. */
export function longestTask({ tasks }) {
  let best = { cpu: 0, wall: 0 };
  for (const t of tasks) if (t.cpu > best.cpu) best = t;
  return best;
}

/** Main-thread CPU (ms) of each frame: the tasks that started between two animation frames. */
export function frameCpu({ tasks, frames }) {
  const out = [];
  let k = 0;
  for (let i = 1; i < frames.length; i++) {
    let sum = 0;
    while (k < tasks.length && tasks[k].ts < frames[i - 1]) k++;
    while (k < tasks.length && tasks[k].ts < frames[i]) sum += tasks[k++].cpu;
    out.push(sum);
  }
  return out;
}

/** Wait until the main thread has had no task for a while (an idle callback fires late). */
export const idle = (page) =>
  page.evaluate(
    () =>
      new Promise((r) => {
        const again = (n) =>
          requestIdleCallback((d) => (d.timeRemaining() > 40 || n > 20 ? r() : again(n + 1)), {
            timeout: 2000,
          });
        again(0);
      }),
  );
