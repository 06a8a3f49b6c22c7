// The API contract: request and response schemas of every endpoint, their types, and the OpenAPI document
// generated from them.
export * from './params.js';
export * from './requests.js';
export * from './responses.js';
export { openapi, routes, SECURITY_HEADERS, TRANSPORT_HEADERS } from './openapi.js';
