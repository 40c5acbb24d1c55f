import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(): Promise<Browser>;
export function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }>;
