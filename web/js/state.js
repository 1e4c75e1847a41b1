// The whole page state lives in the URL hash: #/<view>?<params>. Every view is a shareable deep link.

export const VIEWS = {
  map: { label: 'Kaart', defaults: { color: 'GGD', borders: '' } },
  overlap: { label: 'Overlap', defaults: { a: 'GGD', b: 'ZK' } },
  partition: { label: 'Sluitend?', defaults: { kind: '' } },
  coverage: { label: 'Dekking', defaults: { criterion: 'distance', radius: '10', kind: '', by: 'IZA', demo: 'false' } },
  ketenaanpakken: { label: 'Ketenaanpakken', defaults: { by: 'IZA' } },
  network: { label: 'Netwerk', defaults: { focus: 'GM0363', depth: '1' } },
  design: { label: 'Ontwerp', defaults: { base: 'ZK', moves: '' } },
  changes: { label: 'Wijzigingen', defaults: { kind: 'GGD', from: '2020' } },
  werkstructuur: { label: 'Werkstructuur', defaults: { color: 'werkagenda', year: '', demo: 'true', region: '' } },
};

/** Parameters kept when switching views (the selection travels along). */
const SHARED = ['focus'];

export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const view = VIEWS[path] ? path : 'map';
  const params = Object.fromEntries(new URLSearchParams(search));
  return { view, params };
}

/** Fills the view's defaults, so that the URL always names the complete state. */
export function normalise({ view, params }) {
  const full = { ...VIEWS[view].defaults };
  for (const [k, v] of Object.entries(params)) full[k] = v;
  // A division compared with itself says nothing (the API refuses it): B becomes another division.
  if (view === 'overlap' && full.a === full.b) full.b = full.a === 'ZK' ? 'GGD' : 'ZK';
  return { view, params: full };
}

export function buildHash({ view, params }) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) q.set(k, v);
  const s = q.toString();
  return `#/${view}${s ? `?${s}` : ''}`;
}

/** The state after switching to another view: its own defaults, plus the shared selection. */
export function switchView(current, view) {
  const params = {};
  for (const key of SHARED) if (current.params[key]) params[key] = current.params[key];
  return normalise({ view, params });
}
