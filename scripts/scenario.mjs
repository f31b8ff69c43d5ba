#!/usr/bin/env node
// `npm run --silent scenario -- FILE`: runs the compiled scenario CLI (see ensure-deps.mjs),
// installing dependencies and compiling it first when needed. Only the CLI writes to stdout.
import { pathToFileURL } from 'node:url';
import { ensureCli, ensureDeps } from './ensure-deps.mjs';

ensureDeps({ quiet: true });
await import(pathToFileURL(await ensureCli({ quiet: true })).href);
