// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical URLs, feeds and citations are absolute; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://care-policy-atlas.example.org',
  trailingSlash: 'always',
  // The scale benchmark builds generated corpora into folders of their own.
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    // Astro inlines a page's script into the HTML of every page when it is small and imports
    // nothing. The header's search-box script is both: kept a file, browsers cache it once for
    // the whole site. Other assets keep Vite's default (undefined).
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  // Our Markdown goes through src/lib/render-markdown.ts; Astro's highlighter (inline styles) is unused.
  markdown: { syntaxHighlight: false },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  security: {
    // A strict Content-Security-Policy as a <meta> tag on every page: Astro hashes its own
    // scripts and styles, so nothing inline runs unless the build put it there.
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
