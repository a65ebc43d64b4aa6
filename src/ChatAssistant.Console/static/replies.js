// Canned replies of the tenant (GET /api/handoff/canned); coordinators add or replace one (PUT /api/handoff/canned/{id})
// and delete one (DELETE /api/handoff/canned/{id}).
(function () {
  'use strict';
  const list = document.getElementById('canned-list');
  const form = document.getElementById('canned-form');

  async function load() {
    const response = await fetch('/api/handoff/canned', { credentials: 'same-origin' });
    const replies = response.ok ? await response.json() : [];
    list.replaceChildren();
    for (const r of replies) {
      const li = document.createElement('li');
      li.className = 'list-group-item';
      const title = document.createElement('strong');
      title.textContent = r.title;
      const text = document.createElement('p');
      text.className = 'm-0';
      text.textContent = r.text;
      li.append(title, text);
      if (list.dataset.canEdit === 'true') {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn btn-sm btn-outline-danger mt-2';
        remove.textContent = list.dataset.delete;
        remove.setAttribute('aria-label', list.dataset.delete + ' ' + r.title);
        remove.addEventListener('click', async () => {
          const response = await fetch('/api/handoff/canned/' + encodeURIComponent(r.id), { method: 'DELETE', credentials: 'same-origin' });
          const status = document.getElementById('canned-status');
          if (status) { status.textContent = response.ok ? list.dataset.deleted : response.status + ''; }
          await load();
        });
        li.appendChild(remove);
      }
      list.appendChild(li);
    }
  }

  if (form) {
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const title = document.getElementById('canned-title').value.trim();
      const text = document.getElementById('canned-text').value.trim();
      const id = title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64) || 'risposta';
      const response = await fetch('/api/handoff/canned/' + encodeURIComponent(id), {
        method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: title, text: text }),
      });
      document.getElementById('canned-status').textContent = response.ok ? '✓' : response.status + '';
      if (response.ok) { form.reset(); await load(); }
    });
  }

  load();
})();
