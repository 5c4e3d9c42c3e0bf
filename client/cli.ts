// `duban` (npm run duban -- <cmd>, or the package bin): runs the command line and exits with its code.
import { createCliContext } from './cli/context';
import { report } from './cli/exit';
import { buildProgram } from './cli/program';

const ctx = createCliContext(process.env);
let code: number = 0;
try {
  const program = buildProgram(ctx);
  await program.parseAsync(process.argv);
} catch (err) {
  code = report(err, ctx.err);
} finally {
  await ctx.close();
}
// a pipe takes stdout asynchronously: exiting at once would cut a large `import --json` short
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
