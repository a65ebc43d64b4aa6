// Microsoft's own Direct Line client (botframework-directlinejs) against the real host, over WebSocket and polling.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Citizen } from './support/directline.mjs';
import { startHost, webChatToken } from './support/host.mjs';

let host;
before(async () => { host = await startHost(); });
after(async () => { await host?.stop(); });

for (const transport of ['websocket', 'polling']) {
  describe(`directlinejs over ${transport}`, () => {
    test('the bot greets with buttons, answers a question and a button press', async () => {
      const issued = await webChatToken(host.baseUrl);
      const citizen = new Citizen(host.baseUrl, issued.token, { webSocket: transport === 'websocket' });
      try {
        const greeting = await citizen.waitFor(a => a.type === 'message' && a.from?.role === 'bot', 'greeting');
        assert.ok(greeting.text?.length > 0, 'the greeting has text');
        const menu = await citizen.waitFor(a => a.from?.role === 'bot' && a.suggestedActions?.actions?.length > 0, 'menu with buttons');
        assert.equal(greeting.conversation.id, issued.conversationId);

        const question = await citizen.send('Come posso avere lo SPID?');
        const echo = await citizen.waitFor(a => a.id === question.id, 'echo of the question');
        assert.equal(echo.channelData?.clientActivityID, question.clientActivityID, 'Web Chat needs its clientActivityID back');
        assert.equal(echo.from.id, issued.userId.split('.')[0], 'the server sets who the citizen is');
        const answer = await citizen.replyTo(question.id);
        assert.ok(answer.text?.length > 0 || answer.attachments?.length > 0, 'the answer has content');

        const button = menu.suggestedActions.actions[0];
        const press = await citizen.send(button.value ?? button.title, button.type === 'postBack' || button.type === 'messageBack' ? button.value : undefined);
        const afterPress = await citizen.replyTo(press.id);
        assert.ok(afterPress.text?.length > 0 || afterPress.attachments?.length > 0, 'the button press is answered');

        assert.equal(typeof citizen.directLine.watermark, 'string');
        assert.equal(citizen.error, undefined);
      } finally {
        citizen.end();
      }
    });
  });
}

test('a reconnecting client gets what it missed, once and in order', async () => {
  const issued = await webChatToken(host.baseUrl);
  const first = new Citizen(host.baseUrl, issued.token);
  await first.waitFor(a => a.from?.role === 'bot' && a.type === 'message', 'greeting');
  const sent = await first.send('Carta d\'identità elettronica');
  await first.replyTo(sent.id);
  const seen = first.activities.filter(a => a.type === 'message').map(a => a.id);
  const watermark = first.directLine.watermark;
  first.end();

  // Something happens while the citizen is away: their other tab asks again over plain HTTP.
  const conversation = await fetch(`${host.baseUrl}/v3/directline/conversations/${issued.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${issued.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: 'Orari dello sportello' }),
  });
  assert.equal(conversation.status, 200);
  const missedId = (await conversation.json()).id;

  const { DirectLine } = await import('botframework-directlinejs');
  const again = new DirectLine({ token: issued.token, domain: `${host.baseUrl}/v3/directline`, conversationId: issued.conversationId, watermark });
  const received = [];
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`missed activities not replayed: ${JSON.stringify(received.map(a => a.text))}`)), 15000);
    again.activity$.subscribe({
      next: a => {
        received.push(a);
        if (a.replyToId === missedId && a.from?.role === 'bot') { clearTimeout(timer); resolve(); }
      },
      error: () => {}, // "conversation ended" once we end() it
    });
  });
  again.end();
  const ids = received.filter(a => a.type === 'message').map(a => a.id);
  assert.equal(ids[0], missedId, 'the first replayed activity is the one missed');
  assert.ok(ids.every(id => !seen.includes(id)), 'nothing already seen comes again');
  assert.equal(new Set(ids).size, ids.length, 'nothing twice');
});
