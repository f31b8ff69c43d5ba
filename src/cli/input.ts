/**
 * Reading the CLI's scenario file defensively: only regular files (or a pipe on stdin), never
 * more than MAX_FILE_BYTES, and any encoding an editor writes (UTF-8 with or without a BOM,
 * UTF-16). `/dev/zero` or a FIFO with no writer must end in one line, not hang or eat memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeScenarioBytes } from '../engine/scenario/json';

/** Far above any real scenario (the app's largest exports are a few MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} bytes`;
}

const tooBig = (name: string, size: string) =>
  new InputError(`${name} is ${size}; scenario files are at most ${formatBytes(MAX_FILE_BYTES)}.`);

/** Reads up to the limit from an open descriptor (a pipe may not know its size in advance). */
function readCapped(fd: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // a non-blocking pipe with no data yet: wait a moment for the writer
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_FILE_BYTES) throw tooBig(name, `more than ${formatBytes(MAX_FILE_BYTES)}`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** The scenario text of `file` ('-' = stdin). Throws InputError with one sentence. */
export function readScenarioFile(file: string): string {
  if (file === '-') return decodeScenarioBytes(readCapped(0, 'standard input'));
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${reason(e)}.`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const what = st.isDirectory()
        ? 'a directory'
        : st.isFIFO()
          ? 'a FIFO (named pipe)'
          : st.isCharacterDevice() || st.isBlockDevice()
            ? 'a device'
            : 'not a regular file';
      throw new InputError(
        `cannot read ${file}: it is ${what}; give a scenario file (or - for standard input).`,
      );
    }
    if (st.size > MAX_FILE_BYTES) throw tooBig(file, formatBytes(st.size));
    return decodeScenarioBytes(readCapped(fd, file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: ${reason(e)}.`);
  } finally {
    closeSync(fd);
  }
}
