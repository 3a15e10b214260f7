// `node --import ./cli/registerSql.mjs`: lets TypeScript run under Node import src/sql/*.sql?raw.
import { register } from 'node:module';

register('./sqlLoader.mjs', import.meta.url);
