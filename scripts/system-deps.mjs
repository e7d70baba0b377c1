// What the tests need from the system: Chromium (with CJK fonts) and PostgreSQL.
// Missing pieces are installed with apt-get when we are root on Debian; otherwise we stop with one line saying what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasPostgres = () =>
  (existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))) || has('initdb');
const hasCjkFonts = () => spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;

export function ensureSystemDeps({ needBrowser = true, needPostgres = true } = {}) {
  const missing = [];
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
