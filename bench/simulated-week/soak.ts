/* `npm run soak`: the simulated week on its own; prints its checks and exits 1 when one fails. */
import { runSimulatedWeek } from './run-week';

void runSimulatedWeek(Number(process.env.SOAK_PER_DAY ?? 700))
  .then((results) => {
    console.log(JSON.stringify(results, null, 2));
    process.exit(results.passed ? 0 : 1);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
