// `npm run golden:update`: rewrite every scenario's golden trace from the simulator (review the diff!).
import { writeFileSync } from 'node:fs';
import { goldenPath, goldenText, goldenVariants } from './golden';

const variants = goldenVariants();
for (const { id, lang } of variants) writeFileSync(goldenPath(id, lang), goldenText(id, lang));
console.log(`wrote ${variants.length} golden traces`);
