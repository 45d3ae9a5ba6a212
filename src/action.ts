/** The GitHub Action's entry point (action.yml → dist/action.js). All the work is in src/action/run.ts. */
import { run } from './action/run.js';

await run();
