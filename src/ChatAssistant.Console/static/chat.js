// One chat: the transcript (GET /api/handoff/{id}/transcript, then only what came after), a reply box, canned replies,
// transfer to another online volunteer (GET /api/handoff/volunteers), release and close. A citizen's message arrives through the hub's "handoff" event (console.js re-dispatches it).
(function () {
  'use strict';
  const root = document.getElementById('chat');
  if (!root) { return; }
  const id = root.dataset.ticket;
  const base = '/api/handoff/' + encodeURIComponent(id);
  const texts = JSON.parse(root.dataset.texts || '{}');
  const list = document.getElementById('transcript');
  const form = document.getElementById('reply-form');
  const box = document.getElementById('reply-text');
  const canned = document.getElementById('canned');
  const status = document.getElementById('chat-status');
  let last = null;

  async function api(path, options) {
    const response = await fetch(base + path, Object.assign({ credentials: 'same-origin', headers: { 'Content-Type': 'application/json', Accept: 'application/json' } }, options || {}));
    if (!response.ok) {
      let detail = response.status + '';
      try { const p = await response.json(); detail = p.detail || p.title || detail; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
  }

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'alert alert-danger' : 'visually-hidden';
  }

  function append(line) {
    const li = document.createElement('li');
    li.className = 'list-group-item from-' + (line.role === 'user' ? 'citizen' : line.role);
    const who = document.createElement('strong');
    who.textContent = (line.role === 'user' ? texts.citizen : line.role === 'volunteer' ? (line.name || texts.volunteer) : texts.bot) + ': ';
    li.appendChild(who);
    li.appendChild(document.createTextNode(line.text));
    list.appendChild(li);
    last = line.sequence;
    list.scrollTop = list.scrollHeight;
  }

  async function loadTranscript() {
    try {
      const lines = await api('/transcript' + (last === null ? '' : '?after=' + last));
      lines.forEach(append);
    } catch (e) { say(e.message, true); }
  }

  async function loadCanned() {
    try {
      const replies = await fetch('/api/handoff/canned', { credentials: 'same-origin' }).then(r => r.ok ? r.json() : []);
      for (const r of replies) {
        const option = document.createElement('option');
        option.value = r.id;
        option.textContent = r.title;
        canned.appendChild(option);
      }
    } catch (e) { /* the reply box still works */ }
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const text = box.value.trim();
    if (!text) { return; }
    try {
      await api('/messages', { method: 'POST', body: JSON.stringify({ text: text }) });
      box.value = '';
      say(texts.sent, false);
      await loadTranscript();
    } catch (e) { say(e.message, true); }
  });

  document.getElementById('send-canned').addEventListener('click', async () => {
    if (!canned.value) { return; }
    try {
      await api('/messages', { method: 'POST', body: JSON.stringify({ cannedReplyId: canned.value }) });
      say(texts.sent, false);
      await loadTranscript();
    } catch (e) { say(e.message, true); }
  });

  const transferTo = document.getElementById('transfer-to');
  async function loadVolunteers() {
    try {
      const volunteers = await fetch('/api/handoff/volunteers', { credentials: 'same-origin' }).then(r => r.ok ? r.json() : []);
      transferTo.replaceChildren();
      for (const v of volunteers) {
        const option = document.createElement('option');
        option.value = v.id;
        option.textContent = v.name;
        transferTo.appendChild(option);
      }
      if (volunteers.length === 0) {
        const none = document.createElement('option');
        none.value = '';
        none.textContent = texts.nobody;
        transferTo.appendChild(none);
      }
    } catch (e) { /* the chat still works */ }
  }

  document.getElementById('chat-transfer').addEventListener('click', async () => {
    if (!transferTo.value) { say(texts.nobody, true); return; }
    const name = transferTo.options[transferTo.selectedIndex].textContent;
    try {
      await api('/transfer', { method: 'POST', body: JSON.stringify({ volunteerId: transferTo.value, volunteerName: name }) });
      window.location.href = '/console/chats';
    } catch (e) { say(e.message, true); }
  });

  for (const action of ['release', 'close']) {
    document.getElementById('chat-' + action).addEventListener('click', async () => {
      try {
        await api('/' + action, { method: 'POST', body: action === 'close' ? JSON.stringify({ outcome: 'resolved' }) : '{}' });
        window.location.href = '/console/chats';
      } catch (e) { say(e.message, true); }
    });
  }

  document.addEventListener('console:handoff', ev => {
    if (ev.detail.ticketId === id) { loadTranscript(); }
    if (ev.detail.kind === 'volunteer-online') { loadVolunteers(); }
  });

  loadTranscript();
  loadCanned();
  loadVolunteers();
})();
