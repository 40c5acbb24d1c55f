/** `import aiohttp`: the fake aiohttp (fake/aiohttp.py, which the oracle imports too) run by this
 * interpreter. */
import { moduleFactories } from '../interp/hooks';
import { runModuleSource } from '../interp/module-loader';
import { AIOHTTP_SOURCE } from './aiohttp-source';

moduleFactories.set('aiohttp', (s) => runModuleSource(s, 'aiohttp', 'aiohttp.py', AIOHTTP_SOURCE));
