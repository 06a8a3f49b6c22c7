export { createApp } from './app.js';
export { startServer } from './main.js';
export type { AppContext } from './context.js';
