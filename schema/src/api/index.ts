// The API contract: request and response schemas of every endpoint, their types.
export * from './params.js';
export * from './requests.js';
export * from './responses.js';
