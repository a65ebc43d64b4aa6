// Starts telegram-test-api on 127.0.0.1 for the ChatAssistant Telegram tests and bench.
//   node launcher.js --port 0 [--exit-with-stdin] [--bot-api-compatible]   (0 = any free port)
// --bot-api-compatible: answers the Bot API the way Telegram does where telegram-test-api 4.2.1 does not, so an
//   unmodified host process (Telegram.Bot) can use it: sendMessage's date in seconds (not milliseconds);
//   result true (not null) for answerCallbackQuery, setWebhook, deleteWebhook, editMessageText, deleteMessage;
//   setMyCommands (not implemented) answered with true. The in-process tests do the same with EmulatorBridgeHandler.
// Prints "READY port=<n>" once listening. Besides the emulator's own routes it serves:
//   GET  /__control/sent?token=T[&from=N]   every message the bot sent (time in ms, chat, text), in arrival order (after the first N)
//   GET  /__control/stats?token=T  counts for the bench: total, per idempotency key "[k:...]" in the text,
//                                  most messages in any 1,000 ms window, smallest gap within one chat
//   POST /__control/reset          forgets everything
// The emulator throws from un-awaited promises when a webhook POST fails; on Node 20 one such
// unhandled rejection would kill the process, so it is logged instead.
'use strict';
const http = require('http');
const TelegramServer = require('telegram-test-api');

process.on('unhandledRejection', (reason) => {
  console.error(`[emulator] unhandled rejection: ${reason && reason.message ? reason.message : reason}`);
});

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const host = '127.0.0.1';
const port = Number(arg('port', '0'));
const server = new TelegramServer({ host, port: port || 9000, storeTimeout: 24 * 3600 });
let sent = [];

const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (rawMessage, botToken) => {
  const result = addBotMessage(rawMessage, botToken);
  sent.push({ time: Date.now(), token: botToken, chatId: String(rawMessage.chat_id), text: String(rawMessage.text || '') });
  return result;
};

function stats(token) {
  const list = sent.filter((m) => !token || m.token === token);
  const perKey = new Map();
  for (const m of list) {
    const match = /\[k:([^\]]+)\]/.exec(m.text);
    if (match) perKey.set(match[1], (perKey.get(match[1]) || 0) + 1);
  }
  let maxInWindow = 0;
  for (let i = 0, j = 0; i < list.length; i++) {
    while (list[i].time - list[j].time >= 1000) j++;
    maxInWindow = Math.max(maxInWindow, i - j + 1);
  }
  const lastByChat = new Map();
  let minChatGapMs = null;
  for (const m of list) {
    const last = lastByChat.get(m.chatId);
    if (last !== undefined) {
      const gap = m.time - last;
      minChatGapMs = minChatGapMs === null ? gap : Math.min(minChatGapMs, gap);
    }
    lastByChat.set(m.chatId, m.time);
  }
  const duplicates = [...perKey.values()].filter((n) => n > 1).length;
  return {
    total: list.length,
    distinctKeys: perKey.size,
    duplicatedKeys: duplicates,
    maxInAnyWindow: maxInWindow,
    minChatGapMs,
    firstMs: list.length ? list[0].time : null,
    lastMs: list.length ? list[list.length - 1].time : null,
  };
}

function control(req, res) {
  const url = new URL(req.url, `http://${host}`);
  const token = url.searchParams.get('token');
  let body;
  // ?from=N: only the messages after the first N (a bench polling often need not fetch them all again).
  if (url.pathname === '/__control/sent') body = sent.slice(Number(url.searchParams.get('from') || 0)).filter((m) => !token || m.token === token);
  else if (url.pathname === '/__control/stats') body = stats(token);
  else if (url.pathname === '/__control/reset') {
    sent = [];
    server.storage.userMessages = [];
    server.storage.botMessages = [];
    server.webhooks = {};
    body = { ok: true };
  } else {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const nullResults = new Set(['answercallbackquery', 'setwebhook', 'deletewebhook', 'editmessagetext', 'deletemessage']);
const notImplemented = new Set(['setmycommands']);

// Rewrites one Bot API answer (/bot<token>/<method>) as Telegram would give it; everything else passes unchanged.
function compatible(req, res) {
  const match = /^\/bot[^/]+\/([A-Za-z]+)/.exec(req.url);
  if (!match) return server.webServer(req, res);
  const method = match[1].toLowerCase();
  if (notImplemented.has(method)) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true,"result":true}');
    return;
  }
  if (!nullResults.has(method) && method !== 'sendmessage') return server.webServer(req, res);
  const end = res.end.bind(res);
  res.end = (chunk, encoding, callback) => {
    if (chunk === undefined || chunk === null || res.statusCode !== 200) return end(chunk, encoding, callback);
    let json;
    try { json = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk)); } catch { return end(chunk, encoding, callback); }
    if (nullResults.has(method) && (json.result === null || json.result === undefined)) json.result = true;
    else if (method === 'sendmessage' && json.result && json.result.date > 100000000000) json.result.date = Math.floor(json.result.date / 1000);
    const body = JSON.stringify(json);
    if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(body));
    return end(body, 'utf8', typeof encoding === 'function' ? encoding : callback);
  };
  return server.webServer(req, res);
}

const botApiCompatible = process.argv.includes('--bot-api-compatible');
const route = (req, res) => {
  if (req.url.startsWith('/__control/')) return control(req, res);
  return botApiCompatible ? compatible(req, res) : server.webServer(req, res);
};

// Our own listener in front of the emulator's express app, so the control routes share its port.
const listener = http.createServer(route);
listener.keepAliveTimeout = 65000;
listener.listen(port, host, () => {
  const actual = listener.address().port;
  server.config.port = actual;
  server.config.apiURL = `http://${host}:${actual}`;
  server.started = true;
  console.log(`READY port=${actual}`);
});

const stop = () => listener.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// --exit-with-stdin: exit with the parent, which holds our stdin open (a test runner killed hard leaves no emulator behind).
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
