// Apply the stored theme before the first paint (no flash); the theme switch keeps it in sync afterwards.
// A file rather than an inline <script>, so the Content-Security-Policy needs no exception for it.
try {
  var t = localStorage.getItem('aioscope-theme');
  if (t === 'light' || t === 'dark' || t === 'projector') document.documentElement.setAttribute('data-theme', t);
} catch {
  // Storage blocked (e.g. a sandboxed iframe): keep the default theme.
}
