// Where the stack under test listens and where its files are, from the
// environment tools/test-all sets (VAR, PORT).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const VAR = process.env.VAR ? resolve(ROOT, process.env.VAR) : resolve(ROOT, 'var/test');
export const PORT = Number(process.env.PORT || 18080);

/** render = app: the programs turn their XML into HTML with libxslt. */
export const BASE = `http://127.0.0.1:${PORT}`;
/** The same programs behind nginx's xslt filter (render = xml). */
export const XML_BASE = `http://127.0.0.1:${PORT + 1}`;
/** Programs whose configuration has session_idle = 3 seconds, same database. */
export const SHORT_BASE = `http://127.0.0.1:${PORT + 2}`;

export const PASSWORD = process.env.DEMO_PASSWORD || 'demo-passerelle-2026';
export const ADMIN = 'admin@demo.passerelle.test';
export const AGENT = 'agent@demo.passerelle.test';
export const COORDINATION = 'coordination@demo.passerelle.test';
export const FINANCE = 'finance@demo.passerelle.test';
export const FINANCE_COORDINATION = 'finance-coordination@demo.passerelle.test';

export const RESULTS = resolve(ROOT, 'var/test-results');
