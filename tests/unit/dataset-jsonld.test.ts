import { describe, expect, test } from 'vitest';
import { datasetJsonLd, scriptSafeJson } from '../../src/lib/dataset-jsonld';

const input = {
  name: '各地养老托育指标',
  description: '从政策文本中逐句摘出的养老托育数字。',
  url: 'https://example.org/data/',
  publisher: { name: '养老托育政策知识门户', url: 'https://example.org/' },
  indicators: [
    { name: '托位数', unit: '个' },
    { name: '护理型床位占比', unit: '%' },
  ],
  places: ['北海市', '泰安市'],
  years: [2021, 2015, 2025, 2020],
  downloads: [
    { url: 'https://example.org/data/indicators.csv', format: 'text/csv' as const, name: 'indicators.csv' },
    { url: 'https://example.org/data/indicators.json', format: 'application/json' as const, name: 'indicators.json' },
  ],
};

describe('datasetJsonLd', () => {
  test('a schema.org Dataset: its indicators with units, places, the span of years and each download', () => {
    const ld = datasetJsonLd(input);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.temporalCoverage).toBe('2015/2025');
    expect(ld.variableMeasured).toEqual([
      { '@type': 'PropertyValue', name: '托位数', unitText: '个' },
      { '@type': 'PropertyValue', name: '护理型床位占比', unitText: '%' },
    ]);
    expect(ld.spatialCoverage).toEqual([
      { '@type': 'Place', name: '北海市' },
      { '@type': 'Place', name: '泰安市' },
    ]);
    expect(ld.distribution).toEqual([
      { '@type': 'DataDownload', name: 'indicators.csv', encodingFormat: 'text/csv', contentUrl: 'https://example.org/data/indicators.csv' },
      { '@type': 'DataDownload', name: 'indicators.json', encodingFormat: 'application/json', contentUrl: 'https://example.org/data/indicators.json' },
    ]);
  });

  test('figures of one year cover that year; figures without years cannot be described', () => {
    expect(datasetJsonLd({ ...input, years: [2023, 2023] }).temporalCoverage).toBe('2023');
    expect(() => datasetJsonLd({ ...input, years: [] })).toThrow(/year/);
  });
});

describe('scriptSafeJson', () => {
  test('no string can close the script element, and the JSON reads back the same', () => {
    const value = { quote: '原文</script><!-- 注' };
    const json = scriptSafeJson(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});
