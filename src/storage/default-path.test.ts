import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultDbPath } from './default-path.js';

describe('defaultDbPath', () => {
  const home = join('/', 'home', 'ana');
  const cases: [string, NodeJS.ProcessEnv, string][] = [
    ['SITREP_DB wins', { SITREP_DB: '/data/s.db', XDG_CACHE_HOME: '/xdg' }, '/data/s.db'],
    ['XDG_CACHE_HOME next', { XDG_CACHE_HOME: '/xdg' }, join('/xdg', 'sitrep', 'sitrep.db')],
    ['empty SITREP_DB is unset', { SITREP_DB: '', XDG_CACHE_HOME: '/xdg' }, join('/xdg', 'sitrep', 'sitrep.db')],
    ['relative XDG_CACHE_HOME ignored', { XDG_CACHE_HOME: 'rel' }, join(home, '.cache', 'sitrep', 'sitrep.db')],
    ['home cache last', {}, join(home, '.cache', 'sitrep', 'sitrep.db')],
  ];
  for (const [name, env, expected] of cases) {
    it(name, () => assert.equal(defaultDbPath(env, home), expected));
  }
});
