// Where the workflows bundle comes from, and which of its modules every cached workflow shares.
import { fileURLToPath } from 'node:url';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * The libraries and the pure machines, loaded once into the worker's reusable V8 context: without it
 * the context instantiates them again for every cached workflow (~1.4 MiB of heap each; see bench/README).
 */
export const sharedModulesPath = fileURLToPath(new URL('../workflows/shared.ts', import.meta.url));
export const preloadModules = [sharedModulesPath];
