/**
 * "This is on screen now": resolves just after the first frame in which `drawn()` holds has been painted, for the
 * performance marks that bench/browser-latency.mjs reads (the embed page has its own few-line copy, to keep its
 * bundle small). `drawn` is checked at the start of each frame (requestAnimationFrame), so a frame that shows it is
 * the one being rendered; a message posted from there is delivered once that frame's rendering is done (the usual
 * "after paint" signal). Gives up after `maxFrames`.
 */
export function afterPaint(drawn: () => boolean, maxFrames = 600): Promise<number | null> {
  return new Promise((done) => {
    let frames = 0;
    const check = () => {
      if (drawn()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          done(performance.now());
        };
        channel.port2.postMessage(null);
        return;
      }
      if (++frames >= maxFrames) done(null);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** The timeline's marks (SVG lanes or the canvas renderer) are in the document under `root`. */
export function timelineDrawn(root: ParentNode = document): boolean {
  return root.querySelector('.timeline .plot svg.lanes, .timeline .plot canvas') !== null;
}
