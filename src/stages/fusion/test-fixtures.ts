import type { EventPlace } from '../events/types.js';

/** A place for fusion tests: a town of the fictional country XV at (lat, 20), its own gazetteer entry. */
export const testPlace = (name: string, lat: number, over: Partial<EventPlace> = {}): EventPlace => ({
  start: 0,
  end: 1,
  mention: `p_${name}`,
  name,
  lat,
  lon: 20,
  country: 'XV',
  admin1: null,
  gazetteerId: `t:${name}`,
  geoPrecision: 1,
  area: null,
  ...over,
});
