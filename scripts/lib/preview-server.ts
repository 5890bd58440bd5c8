// Starts `astro preview` on the built site for scripts that need a server, and stops it.
import { spawn } from 'node:child_process';

export interface PreviewServer {
  origin: string;
  stop: () => void;
}

/**
 * --ignore-lock: Astro 7 otherwise refuses to start beside another preview server, or moves itself
 * to the background when it thinks an agent runs it, and then outlives the script.
 */
export async function startPreview(port: number, env: NodeJS.ProcessEnv = process.env): Promise<PreviewServer> {
  const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', env });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`preview server did not start at ${origin}`);
}
