// Reminders benchmark: N reminders due at the same instant reach the Telegram emulator through the real host
// (Program.cs: reconciler → Hangfire → ReminderJob → outbox → Telegram sender), only on 127.0.0.1, bounded.
//   node bench/reminders/run.mjs [--kill] [--reminders 5000] [--lead 90] [--timeout 420]
//   tests/postgres/cluster.sh run node bench/reminders/run.mjs --postgres [--hosts 2] [--kill]
// --kill: SIGKILL the first host once half the reminders arrived, then start it again on the same data.
// --lead: seconds from the seeding to the reminders' due time (the hosts start meanwhile).
// Prints JSON: received, lost, duplicated, the latest arrival after the due time, the most in any 1 s window.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const kill = argv.includes('--kill');
const postgres = argv.includes('--postgres') ? process.env.CHATASSISTANT_TEST_POSTGRES : null;
if (argv.includes('--postgres') && !postgres) throw new Error('--postgres needs CHATASSISTANT_TEST_POSTGRES (run under tests/postgres/cluster.sh run)');
const reminders = Number(opt('reminders', '5000'));
const hosts = Number(opt('hosts', postgres ? '2' : '1'));
const lead = Number(opt('lead', '90')) * 1000;
const timeout = Number(opt('timeout', '420')) * 1000;
const token = `${Math.floor(Math.random() * 1e9)}:BENCH`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () => new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

const seeder = join(here, 'ReminderSeeder', 'ReminderSeeder.csproj');
const hostProject = join(root, 'src', 'ChatAssistant.Host', 'ChatAssistant.Host.csproj');
for (const project of [seeder, hostProject]) execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', '-m:1', project], { stdio: 'inherit' });
const seederDll = join(here, 'ReminderSeeder', 'bin', 'Release', 'net10.0', 'ReminderSeeder.dll');
const hostDll = join(root, 'src', 'ChatAssistant.Host', 'bin', 'Release', 'net10.0', 'ChatAssistant.Host.dll');

const emulator = spawn('node', ['launcher.js', '--port', '0', '--bot-api-compatible'], { cwd: join(root, 'tests', 'telegram-emulator'), stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve, reject) => {
  emulator.stdout.on('data', (d) => { const m = /READY port=(\d+)/.exec(String(d)); if (m) resolve(Number(m[1])); });
  emulator.on('exit', () => reject(new Error('emulator exited')));
});
const api = `http://127.0.0.1:${port}`;
const sent = async () => (await fetch(`${api}/__control/sent?token=${encodeURIComponent(token)}`)).json();
const stats = async () => (await fetch(`${api}/__control/stats?token=${encodeURIComponent(token)}`)).json();
const data = mkdtempSync(join(tmpdir(), 'reminder-bench-'));

const due = new Date(Date.now() + lead);
due.setMilliseconds(0);
execFileSync('dotnet', [seederDll, ...(postgres ? ['--postgres', postgres] : ['--litedb', data]), '--reminders', String(reminders), '--due', due.toISOString()], { stdio: 'inherit' });

async function startHost(i) {
  const env = {
    ...process.env,
    ChatAssistant__DataDirectory: join(data, `host-${i}`),
    Logging__LogLevel__Default: 'Warning',
    'Logging__LogLevel__Microsoft.AspNetCore': 'Warning',
    Telegram__Bots__0__Tenant: 'milano',
    Telegram__Bots__0__Token: token,
    Telegram__Bots__0__ApiBaseUrl: api,
    Telegram__Bots__0__Mode: 'Polling',
  };
  if (postgres) Object.assign(env, { ChatAssistant__Storage__Provider: 'PostgreSql', ConnectionStrings__ChatAssistant: postgres });
  else env.ChatAssistant__DataDirectory = data;
  const host = spawn('dotnet', [hostDll, '--urls', `http://127.0.0.1:${await freePort()}`], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  host.stdout.on('data', () => {});
  host.done = new Promise((resolve) => host.on('exit', (code, signal) => resolve({ code, signal })));
  return host;
}

const codes = (list) => list.map((m) => /(?:Codice|Code): (B\d{5})/.exec(m.text)).filter(Boolean).map((m) => m[1]);
let killedAt = null;
const running = [];
try {
  for (let i = 0; i < hosts; i++) running.push(await startHost(i));
  const end = due.getTime() + timeout;
  let killed = !kill;
  while (Date.now() < end) {
    const received = new Set(codes(await sent())).size;
    if (!killed && received >= reminders / 2) {
      running[0].kill('SIGKILL');
      await running[0].done;
      killedAt = { received: (await stats()).total, secondsAfterDue: (Date.now() - due.getTime()) / 1000 };
      running[0] = await startHost(0);
      killed = true;
    }
    if (received >= reminders) break;
    await sleep(500);
  }
  await sleep(3000); // a late duplicate would arrive now
  const list = await sent();
  const s = await stats();
  const firstArrival = new Map();
  const perCode = new Map();
  for (const m of list) {
    const c = codes([m])[0];
    if (!c) continue;
    perCode.set(c, (perCode.get(c) || 0) + 1);
    if (!firstArrival.has(c)) firstArrival.set(c, m.time);
  }
  const lateness = [...firstArrival.values()].map((t) => (t - due.getTime()) / 1000).sort((a, b) => a - b);
  console.log(JSON.stringify({
    storage: postgres ? `postgresql, ${hosts} host(s)` : 'litedb',
    reminders, kill,
    due: due.toISOString(),
    received: list.length,
    lost: reminders - firstArrival.size,
    duplicated: [...perCode.values()].filter((n) => n > 1).length,
    firstAfterDueSeconds: lateness[0],
    lastAfterDueSeconds: lateness[lateness.length - 1],
    within200s: lateness.filter((x) => x <= 200).length,
    maxInAnyOneSecondWindow: s.maxInAnyWindow,
    killedAt,
  }, null, 2));
} finally {
  for (const host of running) host.kill('SIGKILL');
  emulator.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
}
process.exit(0);
