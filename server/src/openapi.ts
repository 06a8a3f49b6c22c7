// The API's OpenAPI 3.1 description, served at /api/openapi.json: generated from the contract's schemas.
export { openapi } from '@claimgraph/schema/api';
