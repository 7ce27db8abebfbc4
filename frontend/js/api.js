// The only module that knows the API's addresses: one function per operationId of openapi.yaml.

/** An error answer of the API, carrying its problem+json body (type, title, detail, errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function request(method, path, { query, body, headers } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}

export const listCommittees = (query) => request('GET', '/api/v1/committees', { query });
export const getCommittee = (id) => request('GET', `/api/v1/committees/${id}`);
export const createCommittee = (fields) => request('POST', '/api/v1/committees', { body: fields });
export const updateCommittee = (id, fields) => request('PUT', `/api/v1/committees/${id}`, { body: fields });
export const deleteCommittee = (id) => request('DELETE', `/api/v1/committees/${id}`);
