/** Builds another version of the app from the same sources, in the background (a build takes a minute). */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from '../../../scripts/build-if-needed.mjs';

export function buildVersion(outDir: string, buildId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: { ...process.env, SHOWFLOOR_BUILD_ID: buildId },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build of ${buildId} failed:\n${errors}`))));
  });
}
