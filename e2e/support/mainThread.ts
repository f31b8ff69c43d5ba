import type { Page } from '@playwright/test';

/**
 * The page's main-thread tasks while `during` runs, from a Chromium trace: each task's wall
 * time and its CPU time (tdur). On a busy shared machine a task's wall time mostly measures
 * the other processes; its CPU time is what the page itself spent (scripts/trace.mjs reads the
 * same events for bench:ui).
 */
export async function mainThreadTasks(
  page: Page,
  during: () => Promise<void>,
): Promise<{ cpu: number; wall: number }[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  let json = '';
  try {
    await during();
  } finally {
    json = (await browser.stopTracing()).toString();
  }
  return tasksOf(json);
}

function tasksOf(json: string): { cpu: number; wall: number }[] {
  const { traceEvents: ev } = JSON.parse(json) as {
    traceEvents: {
      name: string;
      ph: string;
      pid: number;
      tid: number;
      dur?: number;
      tdur?: number;
      args?: { name?: string };
    }[];
  };
  const mains = new Set(
    ev
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return ev
    .filter(
      (e) =>
        mains.has(`${e.pid}:${e.tid}`) &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask',
    )
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
}
