// Regiograaf web explorer: boots the shared data, keeps the state in the URL hash and renders the views.
import { getJson, query } from './api.js';
import { KINDS, esc, fmtInt, kindLabel, kindOfCode } from './format.js';
import { MunicipalityMap } from './map.js';
import { showProfile, hideProfile } from './profile.js';
import { initSearch } from './search.js';
import { VIEWS, buildHash, normalise, parseHash, switchView } from './state.js';
import { errorBox, loading } from './ui.js';
import { exportPng, exportSvg } from './export.js';
import { waitUntilReady } from './startup.js';
import * as mapView from './views/map.js';
import * as overlapView from './views/overlap.js';
import * as partitionView from './views/partition.js';
import * as coverageView from './views/coverage.js';
import * as ketenView from './views/ketenaanpakken.js';
import * as networkView from './views/network.js';
import * as designView from './views/design.js';
import * as changesView from './views/changes.js';
import * as werkstructuurView from './views/werkstructuur.js';

const RENDERERS = {
  map: mapView, overlap: overlapView, partition: partitionView, coverage: coverageView,
  ketenaanpakken: ketenView, network: networkView, design: designView, changes: changesView,
  werkstructuur: werkstructuurView,
};

const el = id => document.getElementById(id);
let state = null;
let renderSeq = 0;
let base = null;
let map = null;

/** Shared reference data: loaded once, joined by the views (never recomputed). */
async function loadBase() {
  const [topology, municipalities, memberships, divisions, ...regionLists] = await Promise.all([
    getJson('/api/geometry/municipalities'),
    getJson('/api/municipalities'),
    getJson('/api/memberships'),
    getJson('/api/divisions'),
    ...KINDS.map(kind => getJson(query('/api/regions', { kind }))),
  ]);
  // Own divisions (imported by a user, /api/import/divisions) come after the national ones, marked as such.
  const ownDivisions = divisions.filter(d => d.own);
  const ownKinds = ownDivisions.map(d => d.kind);
  regionLists.push(...await Promise.all(ownKinds.map(kind => getJson(query('/api/regions', { kind })))));
  const allKinds = [...KINDS, ...ownKinds];
  const municipalityByCode = new Map(municipalities.map(m => [m.code, m]));
  const membershipByCode = new Map(memberships.map(m => [m.municipality, m.regions]));
  const regionByCode = new Map();
  const regionsByKind = new Map();
  allKinds.forEach((kind, i) => {
    regionsByKind.set(kind, regionLists[i]);
    for (const r of regionLists[i]) if (!regionByCode.has(r.code)) regionByCode.set(r.code, { ...r, kind });
  });
  const divisionByKind = new Map(divisions.map(d => [d.kind, d]));
  return {
    topology,
    municipalities,
    municipality: code => municipalityByCode.get(code),
    regionsOf: (kind, code) => (membershipByCode.get(code) || {})[kind] || [],
    region: code => regionByCode.get(code),
    regions: kind => regionsByKind.get(kind) || [],
    membersOf: (kind, regionCode) => municipalities.filter(m => ((membershipByCode.get(m.code) || {})[kind] || []).includes(regionCode)).map(m => m.code),
    division: kind => divisionByKind.get(kind),
    kinds: allKinds,
    ownDivisions,
    divisionLabel: kind => {
      const d = divisionByKind.get(kind) || {};
      return d.own ? `${d.name} (eigen indeling)` : d.name || kindLabel(kind);
    },
    nameOf: code => (municipalityByCode.get(code) || regionByCode.get(code) || {}).name || code,
  };
}

function tooltipFor(code) {
  const m = base.municipality(code);
  if (!m) return '';
  const rows = base.kinds.map(kind => {
    const names = base.regionsOf(kind, code).map(r => esc(base.nameOf(r))).join(' + ') || '<em>geen</em>';
    return `<tr><th>${esc(base.divisionLabel(kind))}</th><td>${names}</td></tr>`;
  }).join('');
  const extra = RENDERERS[state.view].tooltipExtra ? RENDERERS[state.view].tooltipExtra(code) : '';
  return `<strong>${esc(m.name)}</strong> <span class="muted">${esc(code)} · ${fmtInt(m.population)} inw.</span>${extra}<table>${rows}</table>`;
}

/** Changes the state; replace=true for continuous input (slider) so history does not fill up. */
export function navigate(patch, { replace = false, view } = {}) {
  const next = view ? switchView(state, view) : { view: state.view, params: { ...state.params } };
  for (const [k, v] of Object.entries(patch || {})) {
    if (v === undefined || v === null) delete next.params[k];
    else next.params[k] = String(v);
  }
  const hash = buildHash(next);
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    render();
  } else {
    location.hash = hash;
  }
}

function currentContext(seq) {
  return {
    base,
    map,
    params: state.params,
    view: state.view,
    navigate,
    controls: el('controls'),
    results: el('results'),
    isCurrent: () => seq === renderSeq,
  };
}

async function render() {
  const focusedId = document.activeElement && document.activeElement.id;
  // A table row chosen with Enter is rebuilt by the render: keep the keyboard focus on the row with the same key.
  const focusedRow = document.activeElement && document.activeElement.closest && document.activeElement.closest('#results tr[data-key]');
  const focusedRowKey = focusedRow ? focusedRow.dataset.key : null;
  const parsed = normalise(parseHash(location.hash));
  const hash = buildHash(parsed);
  if (hash !== location.hash) history.replaceState(null, '', hash);
  state = parsed;
  const seq = ++renderSeq;
  document.body.dataset.view = state.view;
  document.body.dataset.status = 'loading';
  for (const a of document.querySelectorAll('nav.tabs a')) {
    const active = a.dataset.view === state.view;
    a.classList.toggle('active', active);
    if (active) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.title = `Regiograaf – ${VIEWS[state.view].label}`;
  const isNetwork = state.view === 'network';
  el('map').hidden = isNetwork;
  el('network').hidden = !isNetwork;
  el('map-zoom').hidden = isNetwork;
  el('tooltip').hidden = true;
  el('controls').replaceChildren();
  el('results').replaceChildren();
  el('map-status').replaceChildren();

  const focus = state.params.focus;
  if (focus) showProfile(currentContext(seq), focus); else hideProfile();

  try {
    const view = RENDERERS[state.view];
    const rendering = view.render(currentContext(seq));
    // Controls are rebuilt synchronously on every render: keep the keyboard focus on the same control.
    if (focusedId && (!document.activeElement || document.activeElement === document.body)) document.getElementById(focusedId)?.focus();
    await rendering;
    if (seq !== renderSeq) return;
    if (focus && !isNetwork) markFocus(focus);
    if (focusedRowKey) [...el('results').querySelectorAll('tr[data-key]')].find(tr => tr.dataset.key === focusedRowKey)?.focus({ preventScroll: true });
    if (document.body.dataset.status === 'loading') document.body.dataset.status = 'ready';
  } catch (error) {
    if (seq !== renderSeq) return;
    if (focus && !isNetwork) markFocus(focus);
    console.warn('Regiograaf:', error.technical || error);
    el('results').replaceChildren();
    errorBox(el('results'), error, () => render());
    mapMessage(error);
    document.body.dataset.status = 'error';
  }
}

/** The focus on the map: the municipality itself, or the members of a region. */
function markFocus(code) {
  const kind = kindOfCode(code);
  if (kind === 'MUNICIPALITY') map.setFocus([code]);
  else if (kind) map.setFocus(base.membersOf(kind, code));
}

function mapMessage(error) {
  const box = el('map-status');
  box.replaceChildren();
  const p = document.createElement('p');
  p.className = 'map-error';
  p.textContent = error.message || 'Er ging iets mis.';
  box.appendChild(p);
}

function buildNav() {
  const nav = el('tabs');
  for (const [view, spec] of Object.entries(VIEWS)) {
    const a = document.createElement('a');
    a.href = buildHash({ view, params: VIEWS[view].defaults });
    a.dataset.view = view;
    a.textContent = spec.label;
    a.addEventListener('click', event => {
      event.preventDefault();
      navigate({}, { view });
    });
    nav.appendChild(a);
  }
}

function wireGlobalClicks() {
  document.addEventListener('click', event => {
    const link = event.target.closest('a.focus-link');
    if (!link) return;
    event.preventDefault();
    navigate({ focus: link.dataset.focus });
  });
  el('profile-close').addEventListener('click', () => navigate({ focus: state.view === 'network' ? state.params.focus : null }));
  el('export-svg').addEventListener('click', () => exportSvg(activeSvg(), `regiograaf-${state.view}.svg`));
  el('export-png').addEventListener('click', () => exportPng(activeSvg(), `regiograaf-${state.view}.png`));
  el('print').addEventListener('click', () => window.print());
  el('zoom-in').addEventListener('click', () => map.zoomBy(1.6));
  el('zoom-out').addEventListener('click', () => map.zoomBy(1 / 1.6));
  el('zoom-reset').addEventListener('click', () => map.resetZoom());
}

function activeSvg() {
  return state.view === 'network' ? el('network').querySelector('svg') : map.node();
}

async function boot() {
  buildNav();
  wireGlobalClicks();
  await waitUntilReady(el('map-status'));
  const status = loading(el('map-status'), 'Kaart en basisgegevens laden…');
  try {
    base = await loadBase();
  } catch (error) {
    status.remove();
    errorBox(el('results'), error, () => location.reload());
    mapMessage(error);
    document.body.dataset.status = 'error';
    return;
  }
  status.remove();
  map = new MunicipalityMap(el('map'), base.topology, {
    // A view may take map clicks itself (Ontwerp: choose the municipality's region); otherwise they open the profile.
    onSelect: code => (RENDERERS[state.view].onMapSelect ? RENDERERS[state.view].onMapSelect(code, navigate) : navigate({ focus: code })),
    tooltip: tooltipFor,
  });
  // A search result is also brought into view on the map.
  initSearch(el('search-input'), el('search-results'), code => {
    navigate({ focus: code });
    const kind = kindOfCode(code);
    if (kind === 'MUNICIPALITY') map.zoomTo([code]);
    else if (kind) map.zoomTo(base.membersOf(kind, code));
  });
  window.addEventListener('hashchange', render);
  await render();
}

boot();
