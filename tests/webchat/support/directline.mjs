// Microsoft's botframework-directlinejs in Node: it needs a global WebSocket and XMLHttpRequest.
import XMLHttpRequest from 'xhr2';
import WebSocket from 'ws';

globalThis.XMLHttpRequest ??= XMLHttpRequest;
globalThis.WebSocket ??= WebSocket;

const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

export { ConnectionStatus };

/** A citizen talking through directlinejs: collects every activity and lets a test wait for the next bot reply. */
export class Citizen {
  constructor(baseUrl, token, { webSocket = true } = {}) {
    this.activities = [];
    this.waiters = [];
    this.directLine = new DirectLine({ token, domain: `${baseUrl}/v3/directline`, webSocket, pollingInterval: 1000 });
    this.subscription = this.directLine.activity$.subscribe({
      next: activity => {
        this.activities.push(activity);
        this.waiters = this.waiters.filter(w => !w(activity));
      },
      error: error => { this.error = error; },
    });
  }

  /** Resolves with the first activity (already received or future) matching the predicate. */
  waitFor(predicate, what, seconds = 15) {
    const found = this.activities.find(predicate);
    if (found) {
      return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${seconds} s; got ${JSON.stringify(this.activities.map(a => [a.type, a.from?.role, a.text]))}`)), seconds * 1000);
      this.waiters.push(activity => {
        if (!predicate(activity)) { return false; }
        clearTimeout(timer);
        resolve(activity);
        return true;
      });
    });
  }

  botMessages() {
    return this.activities.filter(a => a.type === 'message' && a.from?.role === 'bot');
  }

  /** Sends a message like Web Chat does (with a clientActivityID) and returns the server's id. */
  send(text, value) {
    const clientActivityID = `node-${Math.random().toString(36).slice(2)}`;
    return new Promise((resolve, reject) => {
      this.directLine.postActivity({ type: 'message', text, value, from: { id: 'ignored-by-server', role: 'user' }, locale: 'it-IT', channelData: { clientActivityID } })
        .subscribe({ next: id => resolve({ id, clientActivityID }), error: reject });
    });
  }

  /** The next bot message replying to the activity with this id. */
  replyTo(id, seconds) {
    return this.waitFor(a => a.type === 'message' && a.from?.role === 'bot' && a.replyToId === id, `bot reply to ${id}`, seconds);
  }

  end() {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}
