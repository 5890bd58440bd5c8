// The benchmark times answers in a Chromium driven with evaluation only (scripts/lib/bare-chromium.ts).
// Here it drives the built site's search page as the benchmark does: in the page and in its worker.
import { expect, test } from '@playwright/test';
import { launchBareChromium } from '../../scripts/lib/bare-chromium';

test('the benchmark’s bare driver answers a search in the page and reads its worker', async ({ baseURL }) => {
  const browser = await launchBareChromium();
  try {
    const tab = await browser.open(`${baseURL}/search/?q=${encodeURIComponent('托位')}`);
    await tab.waitForSelector('#search-results > li', 30_000);
    expect(await tab.evaluate(`document.querySelector('#search-status').textContent`)).toMatch(/^“托位”/);
    // A promise is awaited, and its value comes back as JSON.
    expect(await tab.evaluate(`Promise.resolve({ results: document.querySelectorAll('#search-results > li').length })`)).toEqual({ results: 10 });
    // The worker is the search engine's: a dedicated worker's scope, with the page's origin.
    expect(await tab.evaluateInWorker('[self.constructor.name, self.location.origin]')).toEqual(['DedicatedWorkerGlobalScope', new URL(baseURL ?? '').origin]);
    await expect(tab.evaluate(`Promise.reject(new Error('no such thing'))`)).rejects.toThrow(/evaluation in the page failed: Error: no such thing/);
    await expect(tab.waitForSelector('#not-on-the-page', 100)).rejects.toThrow(/nothing matched #not-on-the-page/);
    await tab.evaluate(`localStorage.setItem('bench-driver', 'seen')`);
    await tab.close();
    // Each tab is a browser context of its own, as Playwright's newContext: nothing carries over.
    const next = await browser.open(`${baseURL}/search/`);
    await next.waitForSelector('#search-q', 30_000);
    expect(await next.evaluate(`localStorage.getItem('bench-driver')`)).toBeNull();
    await next.close();
  } finally {
    await browser.close();
  }
});

test('the bare driver runs a script in the page before the page’s own, to time it on its own clock', async ({ baseURL }) => {
  const browser = await launchBareChromium();
  try {
    // Run before the HTML is parsed, the script finds none of the page's elements yet.
    const tab = await browser.open(`${baseURL}/search/?q=${encodeURIComponent('托位')}`, { beforeLoad: `window.__ranBeforeParsing = document.querySelector('#search-app') === null;` });
    await tab.waitForSelector('#search-results > li', 30_000);
    expect(await tab.evaluate('window.__ranBeforeParsing')).toBe(true);
    expect(await tab.evaluate('location.pathname + location.search')).toBe(`/search/?q=${encodeURIComponent('托位')}`);
    await tab.close();
    // Chromium refuses port 1: the navigation fails, and the error says where and why.
    await expect(browser.open('http://127.0.0.1:1/', { beforeLoad: '' })).rejects.toThrow(/could not open http:\/\/127\.0\.0\.1:1\/: net::ERR_\w+/);
  } finally {
    await browser.close();
  }
});
