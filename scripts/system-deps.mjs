// What the tests need from the system: Chromium (with CJK fonts) and PostgreSQL.
// Missing pieces are installed with apt-get when we are root on Debian; otherwise we stop with one line saying what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasPostgres = () =>
  (existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))) || has('initdb');
const hasCjkFonts = () => spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;
const hasFont = (family) => spawnSync('sh', ['-c', `fc-list : family | grep -qF '${family}'`], { stdio: 'ignore' }).status === 0;

/** Fonts the card families print with (tests/support/cardset/kit/html.ts), by Debian package. */
const CARD_FONTS = {
  'fonts-wqy-zenhei': 'WenQuanYi Zen Hei',
  'fonts-wqy-microhei': 'WenQuanYi Micro Hei',
  'fonts-arphic-ukai': 'AR PL UKai',
  'fonts-arphic-uming': 'AR PL UMing',
  'fonts-lxgw-wenkai': 'LXGW WenKai',
  'fonts-roboto': 'Roboto',
  'fonts-lato': 'Lato',
  'fonts-open-sans': 'Open Sans',
  'fonts-ebgaramond': 'EB Garamond',
  'fonts-cantarell': 'Cantarell',
  'fonts-crosextra-carlito': 'Carlito',
  'fonts-liberation': 'Liberation Serif',
};

export function ensureSystemDeps({ needBrowser = true, needPostgres = true, needCardFonts = false } = {}) {
  const missing = [];
  if (needCardFonts) missing.push(...Object.entries(CARD_FONTS).filter(([, family]) => !hasFont(family)).map(([pkg]) => pkg));
  if (needBrowser && !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  if (needBrowser && !hasCjkFonts()) missing.push('fonts-noto-cjk');
  if (needPostgres && !hasPostgres()) missing.push('postgresql');
  if (!missing.length) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  const root = process.getuid?.() === 0;
  if (!root || !has('apt-get')) {
    console.error(`Missing system packages for the tests. Run: sudo ${command}`);
    process.exit(1);
  }
  console.log(`Installing system packages: ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDeps();
