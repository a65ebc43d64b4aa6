// 200 simulated citizens, each sending one message a second for a minute over Direct Line (POST + WebSocket), then a
// ramp to find the highest message rate whose p95 reply latency stays under 250 ms. Only against 127.0.0.1.
// Usage: node bench.mjs [--url http://127.0.0.1:5080] [--citizens 200] [--seconds 60] [--ramp-step-seconds 15]
// Without --url it starts the built host (src/ChatAssistant.Host/bin/Debug/net10.0) with a fresh data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const citizens = Number(args.citizens ?? 200);
const seconds = Number(args.seconds ?? 60);
const rampStepSeconds = Number(args['ramp-step-seconds'] ?? 15);
const questions = ['Come attivo lo SPID?', "Come rinnovo la carta d'identità?", 'Mi serve un certificato di residenza', 'Orari dello sportello', 'SPID'];

async function startHost() {
  if (args.url) {
    const url = new URL(args.url);
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') { throw new Error('bench only against 127.0.0.1'); }
    return { baseUrl: args.url.replace(/\/$/, ''), stop: () => {} };
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  const baseUrl = `http://127.0.0.1:${port}`;
  const root = resolve(import.meta.dirname, '../..');
  const child = spawn('dotnet', ['src/ChatAssistant.Host/bin/Release/net10.0/ChatAssistant.Host.dll', '--urls', baseUrl], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ChatAssistant__DataDirectory: mkdtempSync(join(tmpdir(), 'chatassistant-bench-')),
      DirectLine__TokenRequestsPerMinute: '100000',
      // The ramp sends up to 12 messages a second per citizen: past the 20-in-10-s flood guard, which would drop them.
      ChatAssistant__Pipeline__FloodMaxMessages: '1000',
      Logging__LogLevel__Default: 'Warning',
    },
  });
  for (let i = 0; i < 240; i++) {
    try { if ((await fetch(`${baseUrl}/chat/milano`)).status < 500) { return { baseUrl, stop: () => child.kill('SIGTERM') }; } } catch { /* starting */ }
    await new Promise(r => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error('host did not start');
}

class Citizen {
  constructor(baseUrl, stats) { this.baseUrl = baseUrl; this.stats = stats; this.pending = new Map(); this.seq = 0; }

  async open() {
    const issued = await (await fetch(`${this.baseUrl}/api/webchat/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'milano' }) })).json();
    const started = await fetch(`${this.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${issued.token}` } });
    const conversation = await started.json();
    this.token = conversation.token;
    this.id = conversation.conversationId;
    await new Promise((resolveOpen, reject) => {
      this.socket = new WebSocket(conversation.streamUrl);
      this.socket.on('open', resolveOpen);
      this.socket.on('error', e => { this.stats.errors.push(`ws: ${e.message}`); reject(e); });
      this.socket.on('message', data => this.onSet(data));
    });
  }

  onSet(data) {
    if (data.length === 0) { return; }
    const set = JSON.parse(data.toString());
    const now = performance.now();
    for (const activity of set.activities) {
      if (activity.type === 'message' && activity.from?.role === 'bot' && this.pending.has(activity.replyToId)) {
        this.stats.current.latencies.push(now - this.pending.get(activity.replyToId));
        this.pending.delete(activity.replyToId);
      }
    }
  }

  async send() {
    const clientId = `b${this.seq++}`;
    const expectedId = `${this.id}|c${clientId}`;
    this.pending.set(expectedId, performance.now());
    this.stats.current.sent++;
    try {
      const response = await fetch(`${this.baseUrl}/v3/directline/conversations/${this.id}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: questions[this.seq % questions.length], channelData: { clientActivityID: clientId } }),
      });
      if (response.status !== 200) { this.stats.errors.push(`POST ${response.status} ${await response.text()}`); this.pending.delete(expectedId); }
    } catch (e) {
      this.stats.errors.push(`POST ${e.message}`);
      this.pending.delete(expectedId);
    }
  }

  close() { this.socket?.close(); }
}

function percentile(values, p) {
  if (values.length === 0) { return NaN; }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Every citizen sends `perCitizenRate` messages a second (staggered) for `duration` seconds. */
async function run(crowd, stats, perCitizenRate, duration, label) {
  stats.current = { sent: 0, latencies: [] };
  const errorsBefore = stats.errors.length;
  const interval = 1000 / perCitizenRate;
  const started = performance.now();
  const timers = crowd.map((citizen, i) => {
    let timer;
    const first = setTimeout(() => {
      citizen.send();
      timer = setInterval(() => citizen.send(), interval);
    }, (i / crowd.length) * interval);
    return () => { clearTimeout(first); clearInterval(timer); };
  });
  await new Promise(r => setTimeout(r, duration * 1000));
  timers.forEach(stop => stop());
  await new Promise(r => setTimeout(r, 3000)); // late replies
  const lost = crowd.reduce((n, c) => n + c.pending.size, 0);
  crowd.forEach(c => c.pending.clear());
  const { sent, latencies } = stats.current;
  const result = {
    label, targetRate: Math.round(crowd.length * perCitizenRate), sent, replies: latencies.length,
    achievedRate: Math.round(latencies.length / ((performance.now() - started) / 1000 - 3)),
    p50: percentile(latencies, 50).toFixed(1), p95: percentile(latencies, 95).toFixed(1), p99: percentile(latencies, 99).toFixed(1),
    max: Math.max(...latencies).toFixed(1), unanswered: lost, errors: stats.errors.length - errorsBefore,
  };
  console.log(JSON.stringify(result));
  return result;
}

const host = await startHost();
const stats = { errors: [], current: { sent: 0, latencies: [] } };
const crowd = Array.from({ length: citizens }, () => new Citizen(host.baseUrl, stats));
try {
  for (let i = 0; i < crowd.length; i += 20) { await Promise.all(crowd.slice(i, i + 20).map(c => c.open())); }
  await new Promise(r => setTimeout(r, 1000));
  const steady = await run(crowd, stats, 1, seconds, `${citizens} citizens x 1 msg/s`);
  let best = steady.p95 < 250 && steady.errors === 0 ? steady : null;
  for (const rate of [2, 3, 4, 6, 8, 10, 12]) {
    const step = await run(crowd, stats, rate, rampStepSeconds, `ramp ${citizens * rate} msg/s`);
    if (step.p95 >= 250 || step.errors > 0 || step.unanswered > 0) { break; }
    best = step;
  }
  console.log(`RESULT steady p95=${steady.p95} ms errors=${steady.errors} unanswered=${steady.unanswered}; max rate with p95<250 ms: ${best ? best.achievedRate : 'none'} msg/s`);
  if (stats.errors.length) { console.log('first errors:', stats.errors.slice(0, 5)); }
} finally {
  crowd.forEach(c => c.close());
  host.stop();
}
