// The whole site is prerendered to static files (adapter-static): no server at run time.
export const prerender = true;
export const trailingSlash = 'never';
