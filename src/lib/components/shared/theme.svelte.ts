/**
 * The chosen theme, shared by the switch (which sets it) and the drawings that need numbers rather than CSS
 * (row heights, canvas colours). `auto` follows the system; app.html applies the stored choice before first paint.
 */
export type ThemeName = 'auto' | 'light' | 'dark' | 'projector';
export const THEMES: readonly ThemeName[] = ['auto', 'light', 'dark', 'projector'];
export const THEME_KEY = 'aioscope-theme';

export const theme = $state({ name: 'auto' as ThemeName });

export function applyTheme(name: ThemeName): void {
  theme.name = name;
  if (typeof document === 'undefined') return;
  if (name === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', name);
  try {
    localStorage.setItem(THEME_KEY, name);
  } catch {
    // storage may be disabled; the theme still applies for this page
  }
}

/** Reads the stored choice (client only). */
export function storedTheme(): ThemeName {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as ThemeName) : 'auto';
  } catch {
    return 'auto';
  }
}
