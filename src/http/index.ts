/** The HTTP shell: the hono app (JSON API + dashboard) and the server that binds it. */
export { createApp } from './app.js';
export { openApiDocument } from './openapi.js';
export { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, startServer } from './server.js';
