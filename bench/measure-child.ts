/** Entry point of a benchmark child process: one job in (argv), one JSON result line out. */
import { measure, measureJobSchema } from "./measure.js";

const job = measureJobSchema.parse(JSON.parse(process.argv[2] ?? "{}"));
process.stdout.write(`${JSON.stringify(await measure(job))}\n`);
