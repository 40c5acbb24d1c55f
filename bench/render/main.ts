/**
 * The rendering benchmark's page, built apart from the site (bench/render/vite.config.ts) so the shipped build has
 * no bench page: bench/render-frames.mjs and tests/e2e/big-timeline.e2e.ts build it with `buildRenderPage()`.
 */
import { mount } from 'svelte';
import RenderBench from './RenderBench.svelte';

mount(RenderBench, { target: document.getElementById('app')! });
