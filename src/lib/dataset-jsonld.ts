// The /data/ page's description of the dataset for search engines: schema.org's Dataset, as
// JSON-LD, the form Google Dataset Search reads. Researchers look for data there; with it the
// downloads are found by what they hold (indicators, places, years), not only by the page's words.

/** What the description says: the figures' indicators, places and years, and the downloads. */
export interface DatasetDescription {
  name: string;
  description: string;
  /** The /data/ page's absolute URL. */
  url: string;
  publisher: { name: string; url: string };
  /** Indicators with figures, each with its unit. */
  indicators: readonly { name: string; unit: string }[];
  /** Names of the regions with figures. */
  places: readonly string[];
  /** Every figure's year. */
  years: readonly number[];
  downloads: readonly { url: string; format: 'text/csv' | 'application/json'; name: string }[];
}

/** The schema.org Dataset object. */
export function datasetJsonLd(input: DatasetDescription): Record<string, unknown> {
  if (input.years.length === 0) throw new Error('datasetJsonLd: no figure has a year; the dataset cannot say which years it covers');
  const first = Math.min(...input.years);
  const last = Math.max(...input.years);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    keywords: input.indicators.map((i) => i.name),
    variableMeasured: input.indicators.map((i) => ({ '@type': 'PropertyValue', name: i.name, unitText: i.unit })),
    spatialCoverage: input.places.map((name) => ({ '@type': 'Place', name })),
    // ISO 8601 interval of years, or one year.
    temporalCoverage: first === last ? String(first) : `${first}/${last}`,
    distribution: input.downloads.map((d) => ({ '@type': 'DataDownload', name: d.name, encodingFormat: d.format, contentUrl: d.url })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` written as \u003c, so that no
 * string in the data (a quote, a name) can close the element or open a comment.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
