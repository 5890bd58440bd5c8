/** What the link checker knows about one built page. */
export interface PageLinks {
  /** Site path of the page, e.g. /documents/x/. */
  path: string;
  /** Every id (and a[name]) on the page. */
  anchors: ReadonlySet<string>;
  /** Every href/src on the page, as written. */
  links: readonly string[];
}

/** A link that does not resolve, or an external link to list. */
export interface LinkFinding {
  from: string;
  href: string;
  problem?: 'missing-page' | 'missing-anchor';
}

/** Site paths a built file answers to: dist/a/index.html → /a/; dist/data/x.csv → /data/x.csv. */
export function pathOfFile(relativeFile: string): string {
  const path = `/${relativeFile.replace(/\\/g, '/')}`;
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path;
}

function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('data:');
}

/**
 * Checks every internal link and #anchor between built pages. External links (http:, mailto: …)
 * are not fetched: they are returned so a report can list them.
 */
export function checkLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, siteOrigin: string): { broken: LinkFinding[]; external: LinkFinding[] } {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: LinkFinding[] = [];
  const external: LinkFinding[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (href === '' || href.startsWith('data:')) continue;
      let url: URL;
      try {
        url = new URL(href, `${siteOrigin}${page.path}`);
      } catch {
        broken.push({ from: page.path, href, problem: 'missing-page' });
        continue;
      }
      if (url.origin !== siteOrigin || (isExternal(href) && !href.startsWith(siteOrigin))) {
        external.push({ from: page.path, href });
        continue;
      }
      const path = decodeURIComponent(url.pathname);
      const target = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (target === undefined && !files.has(path)) {
        broken.push({ from: page.path, href, problem: 'missing-page' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      // Text fragments (#:~:text=) are resolved by the browser, not by ids.
      if (anchor !== '' && !anchor.startsWith(':~:') && target !== undefined && !target.anchors.has(anchor)) {
        broken.push({ from: page.path, href, problem: 'missing-anchor' });
      }
    }
  }
  return { broken, external };
}
