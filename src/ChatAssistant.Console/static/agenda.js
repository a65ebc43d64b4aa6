// The agenda's "Stampa" button: the browser's print dialog; console.css's print rules leave only the day's list.
document.querySelector('[data-agenda-print]')?.addEventListener('click', () => window.print());
