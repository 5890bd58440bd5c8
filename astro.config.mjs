// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical URLs and citations are absolute; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://care-policy-atlas.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no network at build time.
  devToolbar: { enabled: false },
});
