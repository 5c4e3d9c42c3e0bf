// Worker-thread entry of an import (see import-thread.ts): registers tsx, then runs the TypeScript job.
import { register } from 'tsx/esm/api';

register();
await import('./import-thread-job.ts');
