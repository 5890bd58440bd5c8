/** The portal's name, shown in titles and citations. */
export const SITE_NAME = '养老托育政策知识门户';

/** Short English working name. */
export const SITE_NAME_EN = 'Care Policy Atlas';

/** Placeholder for the access date in a citation; the page script fills in the reader's date. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';
