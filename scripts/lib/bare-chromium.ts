// Chromium driven over the DevTools protocol with nothing but evaluation: no Network domain, so
// the browser fetches as a reader's does. Playwright turns the Network domain on in every page and
// worker it drives (it reports each request), and with it on, Chromium here takes longer per file
// (ten small files at once: 34 against 22 ms in one comparison; `npm run bench:fetch` shows both).
// The benchmark times answers with this driver.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import CDP from 'chrome-remote-interface';

/** A page, and its first dedicated worker once it has one. */
export interface BareTab {
  /** Evaluates `expression` in the page, awaiting a promise it returns; returns its value as JSON. */
  evaluate(expression: string): Promise<unknown>;
  /** The same in the page's first dedicated worker (it waits for one to start). */
  evaluateInWorker(expression: string): Promise<unknown>;
  /** Resolves once `selector` matches in the page (polled), or rejects after `timeoutMs`. */
  waitForSelector(selector: string, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface BareChromium {
  /**
   * Opens `url` in a tab with a browser context of its own. `beforeLoad`: a script run in the
   * page before any of its own (as Playwright's addInitScript), to time the page on its own clock.
   */
  open(url: string, options?: { beforeLoad?: string }): Promise<BareTab>;
  close(): Promise<void>;
}

/** Evaluation failed in the page: says where and what. */
function evaluated(where: string, response: { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }): unknown {
  const failure = response.exceptionDetails;
  if (failure !== undefined) throw new Error(`bare-chromium: evaluation in the ${where} failed: ${failure.exception?.description ?? failure.text}`);
  return response.result.value;
}

/**
 * Starts /usr/bin/chromium headless with a fresh profile. `ignoreCertificateErrors` is for the
 * benchmark's HTTP/2 server, whose certificate is made for the run.
 */
export async function launchBareChromium(options: { ignoreCertificateErrors?: boolean } = {}): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bare-chromium-'));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'];
  if (options.ignoreCertificateErrors === true) args.unshift('--ignore-certificate-errors');
  const browser = spawn('/usr/bin/chromium', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    const onData = (chunk: Buffer): void => {
      said += chunk.toString();
      const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (listening === null) return;
      browser.stderr.off('data', onData);
      // Keep reading, or Chromium blocks once the pipe's buffer is full.
      browser.stderr.resume();
      resolve(Number(listening[1]));
    };
    browser.stderr.on('data', onData);
    browser.once('exit', (code) => reject(new Error(`bare-chromium: Chromium exited (${code}) before it listened: ${said.trim().slice(-500)}`)));
    browser.once('error', reject);
  });

  const { webSocketDebuggerUrl } = await CDP.Version({ port });
  const browserClient = await CDP({ port, target: webSocketDebuggerUrl, local: true });

  const open = async (url: string, options: { beforeLoad?: string } = {}): Promise<BareTab> => {
    // A context of its own, as Playwright's newContext: no cache or storage from the tab before.
    const { browserContextId } = await browserClient.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { beforeLoad } = options;
    // With a script to run first, the tab opens blank, and goes to `url` once the script is registered.
    const { targetId } = await browserClient.send('Target.createTarget', { url: beforeLoad === undefined ? url : 'about:blank', browserContextId });
    const client = await CDP({ port, target: targetId, local: true });
    const close = async (): Promise<void> => {
      await client.close();
      await browserClient.send('Target.disposeBrowserContext', { browserContextId });
    };
    if (beforeLoad !== undefined) {
      try {
        // Chromium runs such scripts only for a page whose Page domain is on (it reports frames, not requests).
        await client.send('Page.enable');
        await client.send('Page.addScriptToEvaluateOnNewDocument', { source: beforeLoad });
        const { errorText } = await client.send('Page.navigate', { url });
        if (errorText !== undefined) throw new Error(`bare-chromium: could not open ${url}: ${errorText}`);
      } catch (error) {
        await close();
        throw error;
      }
    }
    // The worker's session: Target.setAutoAttach reports workers already running and those to come.
    let workerSession: Promise<string> | undefined;
    const worker = (): Promise<string> => {
      workerSession ??= new Promise<string>((resolve, reject) => {
        client.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
          if (targetInfo.type === 'worker') resolve(sessionId);
        });
        // A refusal is the caller's error, not an unhandled rejection.
        client.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }).catch(reject);
      });
      return workerSession;
    };
    const evaluate = async (expression: string): Promise<unknown> => evaluated('page', await client.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }));
    return {
      evaluate,
      evaluateInWorker: async (expression) => evaluated('worker', await client.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, await worker())),
      waitForSelector: async (selector, timeoutMs) => {
        const deadline = Date.now() + timeoutMs;
        while ((await evaluate(`document.querySelector(${JSON.stringify(selector)}) !== null`)) !== true) {
          if (Date.now() > deadline) throw new Error(`bare-chromium: nothing matched ${selector} on ${url} within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      close,
    };
  };

  return {
    open,
    close: async () => {
      await browserClient.close();
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      browser.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
