/** `npm run bench`: every benchmark of the issues, figures beside their targets, written to bench/RESULTS.md. */
import path from 'node:path';
import { benchBundle } from './bundle';
import { benchClassify } from './classify';
import { benchColdStart } from './coldStart';
import { benchAxe, benchLighthouse } from './lighthouse';
import { benchDashboard } from './dashboard';
import { benchCardFamilies } from './cardFamilies';
import { benchCards } from './cards';
import { benchCamera, benchDecode } from './decode';
import { benchDeskBrowser } from './deskBrowser';
import { benchImport } from './importRoster';
import { benchLeads } from './leads';
import { benchPush } from './push';
import { Report } from './report';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const BENCHES: Record<string, (r: Report) => Promise<void>> = {
  classify: benchClassify,
  dashboard: benchDashboard,
  push: benchPush,
  import: benchImport,
  desk: benchDeskBrowser,
  decode: benchDecode,
  camera: benchCamera,
  cards: benchCards,
  cardfamilies: benchCardFamilies,
  leads: benchLeads,
  bundle: benchBundle,
  coldstart: benchColdStart,
  lighthouse: benchLighthouse,
  axe: benchAxe,
};

const only = process.argv.slice(2);
const report = new Report();
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  report.start(name);
  try {
    await run(report);
  } catch (error) {
    console.error(`benchmark ${name} failed: ${(error as Error).stack ?? error}`);
    report.add({ issue: '–', name: `${name} (failed)`, value: 'error', target: '–', note: (error as Error).message.split('\n')[0] });
  }
}
console.log(`\nwritten to ${report.write(ROOT)}`);
