/** Where `vite build` put the prerendered site: build/, or .out/$AIOSCOPE_OUT/build (see svelte.config.js). */
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const out = process.env.AIOSCOPE_OUT;
export const SITE_DIR = out ? resolve(root, '.out', out, 'build') : resolve(root, 'build');
