#!/usr/bin/env node
// `npx showfloor …`: the organizer's CLI with nothing but its own output on stdout (npm run prints
// its banner there, which ended up inside `export … > file.csv`). The CLI is TypeScript run by tsx,
// loaded in this process so stdin, stdout and the exit code are the CLI's own. Like `npm run cli`,
// it works from the package's folder (./data is the server's) and reads the files you name
// relative to where you typed the command.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

process.env.INIT_CWD = process.cwd();
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
register();
await import('../src/server/cli/main.ts');
