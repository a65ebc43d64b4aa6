// The host under test: CHATASSISTANT_URL when run.sh already started it, otherwise the real host started here
// (the built ChatAssistant.Host.dll, run from the repository root) on a free 127.0.0.1 port with a fresh data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export async function waitUntilUp(baseUrl, child, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`the host exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${baseUrl}/chat/milano`);
      if (response.status < 500) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`the host did not answer at ${baseUrl} within ${seconds} s`);
}

/** Starts the real host unless CHATASSISTANT_URL names a running one. Returns { baseUrl, stop() }. */
export async function startHost() {
  if (process.env.CHATASSISTANT_URL) {
    return { baseUrl: process.env.CHATASSISTANT_URL.replace(/\/$/, ''), stop: async () => {} };
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDirectory = mkdtempSync(join(tmpdir(), 'chatassistant-webchat-'));
  const child = spawn('dotnet', ['src/ChatAssistant.Host/bin/Debug/net10.0/ChatAssistant.Host.dll', '--urls', baseUrl], {
    cwd: root,
    env: { ...process.env, ChatAssistant__DataDirectory: dataDirectory, DirectLine__TokenRequestsPerMinute: '1000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilUp(baseUrl, child);
  return {
    baseUrl,
    stop: () => new Promise(done => {
      if (child.exitCode !== null) { done(); return; }
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

/** POST /api/webchat/token as the page does. */
export async function webChatToken(baseUrl, tenant = 'milano', userId) {
  const response = await fetch(`${baseUrl}/api/webchat/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(userId ? { tenant, userId } : { tenant }),
  });
  if (!response.ok) {
    throw new Error(`token: ${response.status} ${await response.text()}`);
  }
  return response.json();
}
