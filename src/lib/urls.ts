// URLs of the site's pages, in one place so that links and routes agree.

export const documentUrl = (id: string): string => `/documents/${id}/`;
export const topicUrl = (id: string): string => `/topics/${id}/`;
export const regionUrl = (id: string): string => `/regions/${id}/`;
export const documentFilterUrl = (facet: 'kind' | 'level' | 'year' | 'region' | 'topic', value: string): string => `/documents/${facet}/${value}/`;
export const compareUrl = (indicatorId: string): string => `/compare/${indicatorId}/`;
