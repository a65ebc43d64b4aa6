// The announcements page: a live character counter (Telegram's limit) and delivery progress pushed by the server.
(function () {
    const text = document.getElementById('text');
    const counter = document.getElementById('counter-value');
    const title = document.getElementById('title');
    function count() {
        // The title, the committee line and the stop line take about 250 characters of the 4000.
        counter.textContent = String((text.value || '').length + (title.value || '').length + 250);
    }
    if (text && counter) {
        text.addEventListener('input', count);
        title.addEventListener('input', count);
        count();
    }
    const labels = JSON.parse(document.getElementById('announcement-texts').dataset.texts || '{}');
    if (!window.signalR) { return; }
    const connection = new signalR.HubConnectionBuilder().withUrl('/console/announcements/hub').withAutomaticReconnect().build();
    connection.on('progress', function (p) {
        const row = document.querySelector('tr[data-id="' + p.id + '"]');
        if (!row) { return; }
        row.querySelector('.sent').textContent = p.sent;
        row.querySelector('.total').textContent = p.total;
        row.querySelector('.failed').textContent = p.failed;
        row.querySelector('.unreachable').textContent = p.unreachable;
        const status = row.querySelector('.status');
        status.dataset.status = p.status;
        status.textContent = labels[p.status] || p.status;
    });
    connection.start().catch(function () { /* the counts still show on reload */ });
})();
