/**
 * Where the build reads content and data from. Normally the project's own content/ and data/;
 * the scale benchmark points ATLAS_CONTENT_ROOT and ATLAS_DATA_ROOT at a generated corpus in a
 * temporary folder, so it never touches the real files.
 */
export const CONTENT_ROOT = (process.env.ATLAS_CONTENT_ROOT ?? 'content').replace(/\/$/, '');
export const DATA_ROOT = (process.env.ATLAS_DATA_ROOT ?? 'data').replace(/\/$/, '');
