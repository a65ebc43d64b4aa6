// Outbox drain benchmark: 3,000 messages to 1,000 chats through the emulator, only on 127.0.0.1, bounded.
//   node bench/telegram/run.mjs [--kill] [--messages 3000] [--chats 1000] [--timeout 600]
// --kill: SIGKILL the host once half the messages arrived, then start it again on the same data file.
// Prints the emulator's count per idempotency key ("[k:i]" in each text) and the rate figures as JSON.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const kill = argv.includes('--kill');
const messages = Number(opt('messages', '3000'));
const chats = Number(opt('chats', '1000'));
const deadline = Date.now() + Number(opt('timeout', '600')) * 1000;
const token = `${Math.floor(Math.random() * 1e9)}:BENCH`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const project = join(here, 'TelegramOutboxBench', 'TelegramOutboxBench.csproj');
execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', project], { stdio: 'inherit' });
const dll = join(here, 'TelegramOutboxBench', 'bin', 'Release', 'net10.0', 'TelegramOutboxBench.dll');

const emulatorDir = join(root, 'tests', 'telegram-emulator');
const emulator = spawn('node', ['launcher.js', '--port', '0'], { cwd: emulatorDir, stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve, reject) => {
  emulator.stdout.on('data', (d) => { const m = /READY port=(\d+)/.exec(String(d)); if (m) resolve(Number(m[1])); });
  emulator.on('exit', () => reject(new Error('emulator exited')));
});
const api = `http://127.0.0.1:${port}`;
const stats = async () => (await fetch(`${api}/__control/stats?token=${encodeURIComponent(token)}`)).json();
const data = mkdtempSync(join(tmpdir(), 'tg-bench-'));

function startHost() {
  const host = spawn('dotnet', [dll, '--emulator', api, '--data', data, '--token', token, '--messages', String(messages), '--chats', String(chats)],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  host.done = new Promise((resolve) => host.on('exit', (code, signal) => resolve({ code, signal })));
  host.stdout.on('data', () => {});
  return host;
}

let killedAt = null;
let restartedAt = null;
try {
  let host = startHost();
  if (kill) {
    while ((await stats()).total < messages / 2) {
      if (Date.now() > deadline) throw new Error('timeout before the kill');
      await sleep(50);
    }
    host.kill('SIGKILL');
    await host.done;
    killedAt = (await stats()).total;
    restartedAt = Date.now();
    host = startHost();
  }
  const exit = await Promise.race([host.done, sleep(Math.max(0, deadline - Date.now())).then(() => ({ timeout: true }))]);
  if (exit.timeout) { host.kill('SIGKILL'); throw new Error('timeout'); }
  const s = await stats();
  const seconds = (s.lastMs - s.firstMs) / 1000;
  console.log(JSON.stringify({
    messages, chats, kill,
    received: s.total,
    distinctKeys: s.distinctKeys,
    lost: messages - s.distinctKeys,
    duplicatedKeys: s.duplicatedKeys,
    maxInAnyOneSecondWindow: s.maxInAnyWindow,
    minGapSameChatMs: s.minChatGapMs,
    firstToLastSeconds: Number(seconds.toFixed(1)),
    averagePerSecond: Number((s.total / seconds).toFixed(2)),
    receivedBeforeKill: killedAt,
    hostExit: exit,
  }, null, 2));
} finally {
  emulator.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
}
process.exit(0); // the pending deadline timer would otherwise keep node alive
