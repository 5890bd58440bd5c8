import { parse } from 'yaml';

/**
 * Parses a YAML list of `{ id, … }` records for a file() collection, refusing duplicate or missing
 * ids: Astro would otherwise keep the last record with a warning and drop the first silently.
 */
export function parseUniqueList(text: string, fileName: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${fileName}：YAML 无法解析（${(error as Error).message}）。请检查缩进和冒号 (yaml.parse)`);
  }
  if (!Array.isArray(data)) {
    throw new Error(`${fileName}：应为一个列表，每项以 “- id: …” 开头 (yaml.not-a-list)`);
  }
  const seen = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      throw new Error(`${fileName}：第 ${index + 1} 项缺少 id (yaml.missing-id)`);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new Error(`${fileName}：id “${id}” 重复（第 ${first + 1} 项和第 ${index + 1} 项）。每个 id 只能出现一次 (yaml.duplicate-id)`);
    }
    seen.set(id, index);
  });
  return data as Record<string, unknown>[];
}
