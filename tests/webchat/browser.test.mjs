// The web chat page in headless Chromium: Microsoft Web Chat served by the host, a question, a button, and axe-core.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startHost } from './support/host.mjs';

const require = createRequire(import.meta.url);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = process.env.WEBCHAT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'webchat-shots-'));

let host;
let browser;
before(async () => {
  host = await startHost();
  // A fresh profile each run (Playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'webchat-profile-')), {
    executablePath: chromiumPath,
    headless: true,
    locale: 'it-IT',
    viewport: { width: 412, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  await host?.stop();
});

const botBubbles = '.webchat__bubble:not(.webchat__bubble--from-user)';
const userBubbles = '.webchat__bubble.webchat__bubble--from-user';

test('a citizen opens /chat/milano, asks a question, presses a button and reads the answers', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  try {
    await page.goto(`${host.baseUrl}/chat/milano`);
    assert.equal(await page.getAttribute('html', 'lang'), 'it');
    assert.match(await page.title(), /Milano/);

    await page.locator(botBubbles).first().waitFor({ timeout: 20000 });
    const suggestions = page.locator('.webchat__suggested-action');
    await suggestions.first().waitFor({ timeout: 20000 });

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('Come attivo lo SPID?');
    await input.press('Enter');
    await page.locator(userBubbles).first().waitFor({ timeout: 10000 });
    const botCountAfterQuestion = async () => page.locator(botBubbles).count();
    const botsAfterGreeting = await botCountAfterQuestion();
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [botBubbles, botsAfterGreeting], { timeout: 20000 });

    await suggestions.first().waitFor({ timeout: 20000 });
    const label = (await suggestions.first().innerText()).trim();
    const botsBeforeClick = await page.locator(botBubbles).count();
    await suggestions.first().click();
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [botBubbles, botsBeforeClick], { timeout: 20000 });
    assert.ok(botsBeforeClick > botsAfterGreeting, `the question was answered before the button (${label}) was pressed`);

    const text = await page.locator('#webchat').innerText();
    assert.doesNotMatch(text, /Invio non riuscito|Send failed|non è stato possibile inviare/i, 'no message shows as failed');
    await page.screenshot({ path: join(screenshotDir, 'chat-milano.png'), fullPage: true });

    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    const grave = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(grave.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`), []);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('an unknown municipality gets a plain Italian 404 page', async () => {
  const page = await browser.newPage();
  try {
    const response = await page.goto(`${host.baseUrl}/chat/atlantide`);
    assert.equal(response.status(), 404);
    assert.match(await page.locator('h1').innerText(), /Pagina non trovata/);
  } finally {
    await page.close();
  }
});


after(() => console.log(`# screenshots in ${screenshotDir}`));
