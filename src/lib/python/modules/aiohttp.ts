/** `import aiohttp`: the oracle's fake aiohttp (tests/oracle/fake_modules/aiohttp.py) run by this interpreter. */
import { moduleFactories } from '../interp/hooks';
import { runModuleSource } from '../interp/module-loader';
import { AIOHTTP_SOURCE } from './aiohttp-source';

moduleFactories.set('aiohttp', (s) => runModuleSource(s, 'aiohttp', 'aiohttp.py', AIOHTTP_SOURCE));
