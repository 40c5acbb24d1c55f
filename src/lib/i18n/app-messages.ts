import { EN_APP } from './messages.en-app';
import { addMessages } from './locale.svelte';

/**
 * Imported (for this effect) by every page except the embed: the English sentences beyond EN_CORE — gallery,
 * playground, compare, presenter, export, knobs, key help. Other languages load whole (see loadCatalog).
 */
addMessages('en', EN_APP);
