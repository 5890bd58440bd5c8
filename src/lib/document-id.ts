/**
 * Document ids come from file names. Two files whose names differ only in case or punctuation
 * would get the same id and one would silently replace the other, so ids are checked here.
 */
export function documentIdFromPath(path: string): string {
  const base = path.replace(/^.*\//, '').replace(/\.md$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base)) {
    throw new Error(
      `content/documents/${path}：文件名 “${base}” 不能作 id。请只用小写英文字母、数字和连字符，如 taian-plan-2021.md (document.id-format)`,
    );
  }
  return base;
}
