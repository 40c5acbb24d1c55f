"""Fake `aiohttp` for aioscope: deterministic responses, no network. Written in plain Python (classes, async def,
dicts, loops) so that aioscope's own interpreter can run this same file.

For a URL u (a str):
  h        = 32-bit FNV-1a of u's UTF-8 bytes (h = 2166136261; for each byte b: h = ((h ^ b) * 16777619) mod 2**32)
  latency  = (100 + h % 900) / 1000 seconds     -- one `await asyncio.sleep(latency)` per request
  n        = 200 + (h >> 10) % 20000            -- body length in characters
  body     = '<!doctype html><title>' + u + '</title>' padded with '.' to n characters (truncated if longer)
  status   = 200
A program overrides per URL with a module-level dict in __main__:
  AIOSCOPE_AIOHTTP = {url: {'latency': 1.5, 'status': 404, 'body': '...'}}   (each key optional)

Surface: ClientSession(**ignored) used as `async with aiohttp.ClientSession() as s:` (entering/leaving does not
suspend) or plainly with `await s.close()` (does not suspend); `s.get(url)` / `s.post(url)` usable as
`async with s.get(url) as r:` (entering sleeps the latency once) or `r = await s.get(url)` (sleeps once);
r.status, r.url, r.reason, r.ok; `await r.text()`, `await r.read()` (UTF-8 bytes), `await r.json()`
(returns {'url': url, 'status': status}) do not suspend; r.raise_for_status(); r.release().
ClientTimeout(total=...), ClientError, ClientResponseError exist for programs that mention them.
"""

import asyncio
import sys


def _fnv1a_byte(h, b):
    return ((h ^ b) * 16777619) % 4294967296


def _fnv1a(text):
    # UTF-8 encoded by hand (ord and integer arithmetic only), so that a small interpreter runs it too.
    h = 2166136261
    for ch in text:
        c = ord(ch)
        if c < 128:
            h = _fnv1a_byte(h, c)
        elif c < 2048:
            h = _fnv1a_byte(h, 192 + c // 64)
            h = _fnv1a_byte(h, 128 + c % 64)
        elif c < 65536:
            h = _fnv1a_byte(h, 224 + c // 4096)
            h = _fnv1a_byte(h, 128 + (c // 64) % 64)
            h = _fnv1a_byte(h, 128 + c % 64)
        else:
            h = _fnv1a_byte(h, 240 + c // 262144)
            h = _fnv1a_byte(h, 128 + (c // 4096) % 64)
            h = _fnv1a_byte(h, 128 + (c // 64) % 64)
            h = _fnv1a_byte(h, 128 + c % 64)
    return h


def _override(url):
    main = sys.modules.get('__main__')
    table = getattr(main, 'AIOSCOPE_AIOHTTP', None)
    if table is None:
        return {}
    entry = table.get(url)
    if entry is None:
        return {}
    return entry


def _plan(url):
    h = _fnv1a(url)
    latency = (100 + h % 900) / 1000
    n = 200 + (h >> 10) % 20000
    head = '<!doctype html><title>' + url + '</title>'
    if len(head) >= n:
        body = head[:n]
    else:
        body = head + '.' * (n - len(head))
    status = 200
    over = _override(url)
    if 'latency' in over:
        latency = over['latency']
    if 'status' in over:
        status = over['status']
    if 'body' in over:
        body = over['body']
    return latency, status, body


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    def __init__(self, status, message):
        super().__init__(str(status) + ', message=' + repr(message))
        self.status = status
        self.message = message


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect


_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
            400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
            429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable'}


class ClientResponse:
    def __init__(self, method, url, status, body):
        self.method = method
        self.url = url
        self.status = status
        self.reason = _REASONS.get(status, '')
        self.ok = status < 400
        self._body = body

    async def text(self, encoding=None):
        return self._body

    async def read(self):
        return self._body.encode('utf-8')

    async def json(self, content_type=None):
        return {'url': self.url, 'status': self.status}

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.status, self.reason)

    def release(self):
        pass

    def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return None

    def __repr__(self):
        return '<ClientResponse(' + self.url + ') [' + str(self.status) + ' ' + self.reason + ']>'


class _RequestContextManager:
    def __init__(self, method, url):
        self._method = method
        self._url = url
        self._resp = None

    async def _request(self):
        latency, status, body = _plan(self._url)
        await asyncio.sleep(latency)
        self._resp = ClientResponse(self._method, self._url, status, body)
        return self._resp

    def __await__(self):
        return self._request().__await__()

    async def __aenter__(self):
        return await self._request()

    async def __aexit__(self, exc_type, exc, tb):
        return None


class ClientSession:
    def __init__(self, *args, **kwargs):
        self.closed = False

    def get(self, url, **kwargs):
        return _RequestContextManager('GET', str(url))

    def post(self, url, **kwargs):
        return _RequestContextManager('POST', str(url))

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.closed = True
        return None
