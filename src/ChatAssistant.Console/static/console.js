// The console's live part: one SignalR connection per page; the queue (GET /api/handoff/queue) is re-read when the
// hub relays a handoff event (queued, claimed, released, closed...), and every 15 s as a fallback. New tickets ring once and get a badge; the nav shows how many wait.
(function () {
  'use strict';
  const root = document.getElementById('console-live');
  if (!root) { return; }
  const texts = JSON.parse(root.dataset.texts || '{}');
  const table = document.getElementById('queue-rows');
  const badge = document.getElementById('queue-badge');
  const status = document.getElementById('live-status');
  const soundToggle = document.getElementById('queue-sound');
  const me = root.dataset.me;
  const myChats = document.getElementById('my-chats');
  let known = null;
  let audio = null;

  function beep() {
    if (!soundToggle || !soundToggle.checked) { return; }
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(audio.destination);
      osc.start();
      osc.stop(audio.currentTime + 0.25);
    } catch (e) { /* no sound device: the badge still shows */ }
  }

  function minutes(seconds) {
    const m = Math.floor(seconds / 60);
    return m < 1 ? seconds + ' s' : m + ' min';
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function renderMine(items) {
    if (!myChats) { return; }
    const mine = items.filter(t => t.status === 'held' && t.volunteerId === me);
    myChats.replaceChildren();
    if (mine.length === 0) {
      const li = document.createElement('li');
      li.className = 'list-group-item';
      li.textContent = texts.noChats;
      myChats.appendChild(li);
      return;
    }
    for (const t of mine) {
      const li = document.createElement('li');
      li.className = 'list-group-item';
      const a = document.createElement('a');
      a.href = '/console/chats/' + encodeURIComponent(t.id);
      a.textContent = (t.displayName || t.id) + ' — ' + (t.topic || '—') + ' (' + t.channel + ')';
      li.appendChild(a);
      if (t.message) {
        const p = document.createElement('p');
        p.className = 'small m-0';
        p.textContent = t.message;
        li.appendChild(p);
      }
      myChats.appendChild(li);
    }
  }

  function render(all) {
    renderMine(all);
    const items = all.filter(t => t.status === 'waiting');
    const fresh = known === null ? [] : items.filter(t => !known.has(t.id));
    known = new Set(items.map(t => t.id));
    if (badge) {
      badge.textContent = items.length;
      badge.classList.toggle('d-none', items.length === 0);
    }
    if (fresh.length > 0) { beep(); }
    if (!table) { return; }
    table.replaceChildren();
    if (items.length === 0) {
      const row = document.createElement('tr');
      const td = cell(row, texts.empty);
      td.colSpan = 4;
      table.appendChild(row);
      return;
    }
    for (const t of items) {
      const row = document.createElement('tr');
      row.dataset.ticket = t.id;
      const topic = cell(row, t.topic || '—');
      if (fresh.some(f => f.id === t.id)) {
        const isNew = document.createElement('span');
        isNew.className = 'badge bg-danger ms-2';
        isNew.textContent = texts.isNew;
        topic.appendChild(isNew);
      }
      cell(row, t.channel);
      cell(row, minutes(t.waitingSeconds));
      const action = document.createElement('td');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-primary btn-sm';
      button.textContent = texts.claim;
      button.setAttribute('aria-label', texts.claim + ': ' + (t.topic || t.id));
      button.addEventListener('click', () => claim(t.id, button));
      action.appendChild(button);
      row.appendChild(action);
      table.appendChild(row);
    }
  }

  async function load() {
    try {
      const response = await fetch('/api/handoff/queue', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) { throw new Error(response.status); }
      render(await response.json());
    } catch (e) {
      if (table) {
        table.replaceChildren();
        const row = document.createElement('tr');
        cell(row, texts.unavailable).colSpan = 4;
        table.appendChild(row);
      }
    }
  }

  async function claim(id, button) {
    button.disabled = true;
    const response = await fetch('/api/handoff/' + encodeURIComponent(id) + '/claim', { method: 'POST', credentials: 'same-origin' });
    if (response.ok) {
      window.location.href = '/console/chats/' + encodeURIComponent(id);
    } else {
      await load();
    }
  }

  function setStatus(live) {
    if (status) { status.textContent = live ? texts.live : texts.offline; }
  }

  load();
  window.setInterval(load, 15000);
  if (window.signalR) {
    const connection = new signalR.HubConnectionBuilder().withUrl('/console/hub').withAutomaticReconnect().build();
    connection.on('handoff', e => {
      if (e.kind !== 'citizen-message') { load(); }
      document.dispatchEvent(new CustomEvent('console:handoff', { detail: e }));
    });
    connection.onreconnecting(() => setStatus(false));
    connection.onreconnected(() => { setStatus(true); load(); });
    connection.onclose(() => setStatus(false));
    connection.start().then(() => setStatus(true), () => setStatus(false));
  }
})();
