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
//   POST /__control/file           {fileId, base64}: a file a user "sent" (a photo), then served like Telegram does by
//                                  getFile and GET /file/bot<token>/<file_path> (telegram-test-api has neither)
// sendDocument (not in telegram-test-api) is answered here: the file is recorded in /__control/sent with
//   document {fileName, size, text} (text: the bytes as UTF-8, for the small text files the bot sends).
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
const files = new Map();

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

// getFile and the file download, as the Bot API answers them.
async function fileRoutes(req, res) {
  const download = /^\/file\/bot[^/]+\/(.+)$/.exec(req.url);
  if (download) {
    const file = [...files.values()].find((f) => f.path === decodeURIComponent(download[1]));
    if (!file) { res.writeHead(404); res.end(); return true; }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length });
    res.end(file.bytes);
    return true;
  }
  if (!/^\/bot[^/]+\/getFile/i.test(req.url)) return false;
  const url = new URL(req.url, `http://${host}`);
  let fileId = url.searchParams.get('file_id');
  if (!fileId) {
    const raw = await readBody(req);
    try { fileId = JSON.parse(raw).file_id; } catch { fileId = new URLSearchParams(raw).get('file_id'); }
  }
  const file = files.get(fileId);
  const body = file
    ? { ok: true, result: { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: file.bytes.length, file_path: file.path } }
    : { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' };
  res.writeHead(file ? 200 : 400, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return true;
}

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

// Splits a multipart/form-data body into {name, fileName, data} parts; enough for Telegram.Bot's uploads.
function multipart(body, contentType) {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType || '');
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1]}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const chunk = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8');
      const name = /;\s*name="?([^";\r\n]+)"?/i.exec(headers);
      const fileName = /filename="?([^";\r\n]+)"?/i.exec(headers);
      parts.push({ name: name ? name[1] : '', fileName: fileName ? fileName[1] : null, data: chunk.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}

let documentIds = 0;
function sendDocument(req, res, token) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const parts = multipart(Buffer.concat(chunks), req.headers['content-type']);
    const field = (name) => { const p = parts.find((x) => x.name === name); return p ? p.data.toString('utf8').replace(/^"|"$/g, '') : undefined; };
    // Telegram.Bot names the file part and points to it: document=attach://<part name>.
    const reference = /^attach:\/\/(.+)$/.exec(field('document') || '');
    const file = parts.find((x) => x.name === (reference ? reference[1] : 'document') && x.fileName !== null);
    const chatId = field('chat_id');
    if (!file || chatId === undefined) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: chat_id and document are required' }));
      return;
    }
    const caption = field('caption') || '';
    const document = { fileName: file.fileName, size: file.data.length, text: file.data.toString('utf8') };
    const now = Date.now();
    sent.push({ time: now, token, chatId: String(chatId), text: caption, document });
    const id = ++documentIds;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, result: {
      message_id: 1000000 + id, date: Math.floor(now / 1000), chat: { id: Number(chatId), type: 'private' }, caption,
      document: { file_id: `doc${id}`, file_unique_id: `doc${id}`, file_name: file.fileName, file_size: file.data.length },
    } }));
  });
}

async function control(req, res) {
  const url = new URL(req.url, `http://${host}`);
  const token = url.searchParams.get('token');
  let body;
  if (url.pathname === '/__control/file') {
    const file = JSON.parse(await readBody(req));
    files.set(file.fileId, { path: `photos/${file.fileId}.jpg`, bytes: Buffer.from(file.base64, 'base64') });
    body = { ok: true };
  } else if (url.pathname === '/__control/sent') {
    // ?from=N: only the messages after the first N (a bench polling often need not fetch them all again).
    body = sent.slice(Number(url.searchParams.get('from') || 0)).filter((m) => !token || m.token === token);
  } else if (url.pathname === '/__control/stats') body = stats(token);
  else if (url.pathname === '/__control/reset') {
    sent = [];
    server.storage.userMessages = [];
    server.storage.botMessages = [];
    server.webhooks = {};
    files.clear();
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
const route = async (req, res) => {
  if (req.url.startsWith('/__control/')) return control(req, res);
  if (await fileRoutes(req, res)) return undefined;
  const document = /^\/bot([^/]+)\/sendDocument/i.exec(req.url);
  if (document && req.method === 'POST') return sendDocument(req, res, document[1]);
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
