// `npm run golden:update`: rewrite every scenario's golden trace from the simulator (review the diff!).
import { writeFileSync } from 'node:fs';
import { goldenPath, goldenText, scenarioIds } from './golden';

for (const id of scenarioIds()) writeFileSync(goldenPath(id), goldenText(id));
console.log(`wrote ${scenarioIds().length} golden traces`);
