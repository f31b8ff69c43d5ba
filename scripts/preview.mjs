// The built app (npx vite build first) served by `vite preview` on a free port, for the
// screenshot scripts: { base, link(lab, scenario), stop() }.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import lzString from 'lz-string';

export async function startPreview() {
  const port = await new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
  // its own process group, so stop() ends vite and not only the npx that started it
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const link = (lab, s) =>
    `${base}#/${lab}?s=${lzString.compressToEncodedURIComponent(JSON.stringify(s))}`;
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  };
  return { base, link, stop };
}
