// Announcements benchmark (issue 16): one announcement to N Telegram subscribers through the real host and the
// emulator, while 20 citizens chat with the bot; only 127.0.0.1, bounded by --timeout.
//   node bench/announcements/run.mjs [--subscribers 10000] [--citizens 20] [--every 10] [--timeout 900]
// Prints JSON: the announcement's average rate (first→last copy), the most bot messages in any 1 s window, and the
// citizens' reply latency (time from their message to the bot's next message in their chat).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const subscribers = Number(opt('subscribers', '10000'));
const citizens = Number(opt('citizens', '20'));
const everySeconds = Number(opt('every', '10'));
const deadline = Date.now() + Number(opt('timeout', '900')) * 1000;
const token = `${Math.floor(Math.random() * 1e9)}:ANNBENCH`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const seeder = join(root, 'bench', 'ChatAssistant.Bench.Announcements', 'ChatAssistant.Bench.Announcements.csproj');
execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', seeder], { stdio: 'inherit' });
execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', join(root, 'src', 'ChatAssistant.Host', 'ChatAssistant.Host.csproj')], { stdio: 'inherit' });
const data = mkdtempSync(join(tmpdir(), 'ann-bench-'));
execFileSync('dotnet', [join(root, 'bench', 'ChatAssistant.Bench.Announcements', 'bin', 'Release', 'net10.0', 'ChatAssistant.Bench.Announcements.dll'),
  '--data', data, '--subscribers', String(subscribers)], { stdio: 'inherit' });

const emulator = spawn('node', ['launcher.js', '--port', '0', '--bot-api-compatible'], { cwd: join(root, 'tests', 'telegram-emulator'), stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve, reject) => {
  emulator.stdout.on('data', (d) => { const m = /READY port=(\d+)/.exec(String(d)); if (m) resolve(Number(m[1])); });
  emulator.on('exit', () => reject(new Error('emulator exited')));
});
const api = `http://127.0.0.1:${port}`;
const hostPort = 20000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${hostPort}`;
const host = spawn('dotnet', [join(root, 'src', 'ChatAssistant.Host', 'bin', 'Release', 'net10.0', 'ChatAssistant.Host.dll'), '--urls', base], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    ChatAssistant__DataDirectory: data,
    Telegram__Bots__0__Tenant: 'milano',
    Telegram__Bots__0__Token: token,
    Telegram__Bots__0__ApiBaseUrl: api,
    Telegram__Bots__0__Mode: 'Polling',
    Telegram__Polling__TimeoutSeconds: '1',
    Logging__LogLevel__Default: 'Warning',
  },
});

let sentSeen = 0;
const sentLog = [];
async function pollSent() {
  const fresh = await (await fetch(`${api}/__control/sent?token=${encodeURIComponent(token)}&from=${sentSeen}`)).json();
  sentSeen += fresh.length;
  sentLog.push(...fresh);
  return fresh;
}

try {
  while (true) {
    if (Date.now() > deadline) throw new Error('host not ready');
    try { if ((await fetch(`${base}/health/ready`)).ok) break; } catch { /* starting */ }
    await sleep(250);
  }
  const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@milano.example', password: 'una-password-lunga-bench' }) })).json();
  const auth = { authorization: `Bearer ${login.token}`, 'content-type': 'application/json' };

  // Citizens: each writes "menu" every --every seconds (staggered); the latency is to the bot's next message in that chat.
  const waiting = new Map();
  const latencies = [];
  let chatting = true;
  const chatters = Array.from({ length: citizens }, (_, i) => (async () => {
    const chat = 1_000 + i;
    await sleep((everySeconds * 1000 * i) / citizens);
    while (chatting) {
      waiting.set(String(chat), Date.now());
      await fetch(`${api}/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
        botToken: token, from: { id: chat, is_bot: false, first_name: 'Maria' }, chat: { id: chat, type: 'private', first_name: 'Maria' }, date: 1700000000, text: 'menu' }) });
      await sleep(everySeconds * 1000);
    }
  })());
  await sleep(3000);

  const created = await (await fetch(`${base}/api/announcements`, { method: 'POST', headers: auth,
    body: JSON.stringify({ neighbourhoods: ['municipio-1'], title: 'Acqua sospesa', text: 'Domani dalle 9 alle 12 manca l\'acqua in zona Duomo. Tieni da parte una bottiglia.' }) })).json();
  const startedAt = Date.now();
  let progress;
  while (true) {
    if (Date.now() > deadline) throw new Error(`timeout: ${JSON.stringify(progress)}`);
    for (const m of await pollSent()) {
      const since = waiting.get(m.chatId);
      if (since !== undefined) { latencies.push(m.time - since); waiting.delete(m.chatId); }
    }
    progress = await (await fetch(`${base}/api/announcements/${created.id}`, { headers: auth })).json();
    if (progress.status === 'Sent') break;
    await sleep(100);
  }
  chatting = false;
  await Promise.all(chatters);

  const copies = sentLog.filter((m) => m.text.includes('Acqua sospesa'));
  let maxInWindow = 0;
  for (let i = 0, j = 0; i < sentLog.length; i++) {
    while (sentLog[i].time - sentLog[j].time >= 1000) j++;
    maxInWindow = Math.max(maxInWindow, i - j + 1);
  }
  const perChat = new Map();
  for (const c of copies) perChat.set(c.chatId, (perChat.get(c.chatId) || 0) + 1);
  latencies.sort((a, b) => a - b);
  const span = (copies[copies.length - 1].time - copies[0].time) / 1000;
  console.log(JSON.stringify({
    subscribers, citizens, report: progress,
    copiesReceived: copies.length, distinctChats: perChat.size, duplicated: [...perChat.values()].filter((n) => n > 1).length,
    announcementSeconds: span, announcementAverage: +(copies.length / span).toFixed(2),
    allBotMessages: sentLog.length, mostInAny1s: maxInWindow,
    replies: latencies.length, replyP50Ms: latencies[Math.floor(latencies.length / 2)], replyP99Ms: latencies[Math.floor(latencies.length * 0.99)], replyMaxMs: latencies[latencies.length - 1],
    secondsFromPostToSent: (Date.now() - startedAt) / 1000,
  }, null, 2));
} finally {
  host.kill('SIGTERM');
  emulator.kill('SIGTERM');
  await sleep(1000);
  rmSync(data, { recursive: true, force: true });
}
