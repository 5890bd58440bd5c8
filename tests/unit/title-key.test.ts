import { describe, expect, test } from 'vitest';
import { titleKey } from '../../src/lib/title-key';

describe('titleKey', () => {
  const typographic = '“一老一小”整体解决方案';

  test('typographic quotes, straight quotes and no quotes give the same key', () => {
    expect(titleKey('"一老一小"整体解决方案')).toBe(titleKey(typographic));
    expect(titleKey('一老一小整体解决方案')).toBe(titleKey(typographic));
    expect(titleKey('‘一老一小’整体解决方案')).toBe(titleKey(typographic));
    expect(titleKey('「一老一小」整体解决方案')).toBe(titleKey(typographic));
  });

  test('the key is the title without quotes', () => {
    expect(titleKey(typographic)).toBe('一老一小整体解决方案');
  });

  test('full-width and half-width brackets and digits give the same key', () => {
    const fullWidth = '广西促进养老托育服务健康发展三年行动方案（２０２１—２０２３年）';
    const halfWidth = '广西促进养老托育服务健康发展三年行动方案(2021-2023年)';
    expect(titleKey(fullWidth)).toBe(titleKey(halfWidth));
    expect(titleKey(fullWidth)).toBe('广西促进养老托育服务健康发展三年行动方案(2021-2023年)');
  });

  test('spaces, ideographic spaces and line breaks inside a title are ignored', () => {
    const key = titleKey('泰安市“一老一小”整体解决方案');
    expect(titleKey('泰安市 “一老一小” 整体解决方案')).toBe(key);
    expect(titleKey('泰安市\u3000“一老一小”整体\n解决方案')).toBe(key);
    expect(titleKey('  泰安市“一老一小”整体解决\r\n方案  ')).toBe(key);
  });

  test('《》 and 〈〉 around or inside a title are stripped', () => {
    const key = titleKey('国家积极应对人口老龄化中长期规划');
    expect(titleKey('《国家积极应对人口老龄化中长期规划》')).toBe(key);
    expect(titleKey('关于印发《国家积极应对人口老龄化中长期规划》的通知')).toBe(titleKey('关于印发国家积极应对人口老龄化中长期规划的通知'));
    expect(titleKey('〈国家积极应对人口老龄化中长期规划〉')).toBe(key);
  });

  test('different titles keep different keys', () => {
    expect(titleKey('泰安市“一老一小”整体解决方案')).not.toBe(titleKey('泰安市“一老一小”整体解决方案（征求意见稿）'));
    expect(titleKey('关于促进养老托育服务健康发展的意见')).not.toBe(titleKey('关于促进养老托育服务高质量发展的意见'));
  });
});
