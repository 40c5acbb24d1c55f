// The exact engine's host frame (see host.html): starts the engine worker and hands the page a MessagePort to it.
// A worker loaded from a URL gets its Content-Security-Policy only from HTTP headers, which a static host does not
// send, so it would run with no policy at all; a worker started from a blob: URL inherits this page's policy. The
// bootstrap only imports the engine's module, which must be on this origin (it comes from ?worker=). The port goes to
// the parent only when the parent is this same origin. Removing the iframe ends the worker.
(() => {
  const fail = (detail) => parent.postMessage({ type: 'aioscope-exact-error', detail }, location.origin);
  const requested = new URLSearchParams(location.search).get('worker');
  const url = requested ? new URL(requested, location.href) : null;
  if (!url || url.origin !== location.origin || parent === window) {
    fail('the engine worker must come from this site');
    return;
  }
  const boot = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  const worker = new Worker(boot, { type: 'module' });
  worker.onerror = (e) => fail(e.message || 'the engine worker did not start');
  const channel = new MessageChannel();
  worker.postMessage({ type: 'aioscope-exact-init', base: new URL('./', location.href).href }, [channel.port1]);
  parent.postMessage({ type: 'aioscope-exact-port' }, location.origin, [channel.port2]);
})();
