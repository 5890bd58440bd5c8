import { describe, expect, test } from 'vitest';
import { documentIdFromPath } from '../../src/lib/document-id';

describe('documentIdFromPath', () => {
  test.each([
    ['taian-yilao-yixiao-plan-draft.md', 'taian-yilao-yixiao-plan-draft'],
    ['bulletin-2023-01-beihai.md', 'bulletin-2023-01-beihai'],
    ['2023.md', '2023'],
    ['a.md', 'a'],
  ])('%s → %s', (path, id) => {
    expect(documentIdFromPath(path)).toBe(id);
  });

  test('the id is the file name without its folder', () => {
    expect(documentIdFromPath('sub/taian-plan-2021.md')).toBe('taian-plan-2021');
  });

  test.each([
    ['Taian-Plan.md', 'Taian-Plan', 'uppercase'],
    ['泰安方案.md', '泰安方案', 'Chinese'],
    ['taian plan.md', 'taian plan', 'a space'],
    ['taian_plan.md', 'taian_plan', 'an underscore'],
    ['taian--plan.md', 'taian--plan', 'a double hyphen'],
    ['-taian.md', '-taian', 'a leading hyphen'],
    ['taian-.md', 'taian-', 'a trailing hyphen'],
  ])('%s (id “%s”) is refused: %s', (path, base) => {
    expect(() => documentIdFromPath(path)).toThrow(
      `content/documents/${path}：文件名 “${base}” 不能作 id。请只用小写英文字母、数字和连字符，如 taian-plan-2021.md (document.id-format)`,
    );
  });

  test('the message carries the rule key', () => {
    expect(() => documentIdFromPath('Taian.md')).toThrow(/\(document\.id-format\)$/);
  });
});
