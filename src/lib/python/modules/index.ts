/** Registers every module `import` can load (each module file registers itself in moduleFactories). */
import './basic';
import './asyncio';
import './asyncio-internals';
import './random';
import './aiohttp';
import './pure-python';
import './stdlib-support';
