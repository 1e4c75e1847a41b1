// Ketenaanpakken: the region × ketenaanpak matrix with its gaps (/api/ketenaanpakken/coverage).
/* global d3 */
import { getJson, query } from '../api.js';
import { codeOf, esc, fmtInt, fmtShare, nameOf } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';
import { usesDemo } from './coverage.js';

export const KETENAANPAKKEN = [
  { code: 'kansrijke-start', name: 'Kansrijke Start', short: 'KS' },
  { code: 'valpreventie', name: 'Valpreventie bij ouderen', short: 'VP' },
  { code: 'overgewicht-kinderen', name: 'Overgewicht en obesitas bij kinderen', short: 'OK' },
  { code: 'gli', name: 'Gecombineerde leefstijlinterventie (GLI)', short: 'GLI' },
  { code: 'welzijn-op-recept', name: 'Welzijn op Recept', short: 'WoR' },
];

const ABSENT = '#fbe0dc';
let cellsByMunicipality = new Map();

const num = v => (typeof v === 'number' ? v : v == null || v === '' ? null : Number.isFinite(+v) ? +v : null);
const ketenCode = c => codeOf(c.ketenaanpak ?? c.code ?? c.id);

function cell(raw) {
  const municipalities = Array.isArray(raw.municipalities) ? raw.municipalities.map(codeOf) : null;
  const count = municipalities ? municipalities.length : num(raw.municipalities ?? raw.municipalityCount ?? raw.takingPart);
  const regionLevel = !!(raw.regionLevel || raw.regionLevelOnly || raw.regionOnly || raw.level === 'region'
    || raw.evidence === 'region' || raw.evidenceLevel === 'region');
  const share = num(raw.share ?? raw.populationShare);
  const absent = raw.absent === true || (!regionLevel && (count === 0 || (count == null && !share)));
  return { municipalities, count, population: num(raw.population ?? raw.populationTakingPart), share, regionLevel, absent, status: raw.status };
}

/** Accepts regions with nested cells (array or keyed object) or a flat list of region × ketenaanpak cells. */
export function normaliseMatrix(answer) {
  const regions = new Map();
  const ensure = ref => {
    const code = codeOf(ref);
    if (!regions.has(code)) regions.set(code, { code, name: nameOf(ref), population: num(ref && ref.population), cells: new Map() });
    return regions.get(code);
  };
  const rowsOf = Array.isArray(answer) ? answer : answer.regions || [];
  for (const r of rowsOf) {
    const region = ensure(r.region ?? r);
    const nested = r.ketenaanpakken ?? r.cells ?? r.coverage;
    if (Array.isArray(nested)) for (const c of nested) region.cells.set(ketenaanCodeSafe(c), cell(c));
    else if (nested && typeof nested === 'object') for (const [k, c] of Object.entries(nested)) region.cells.set(k, cell(c || {}));
  }
  for (const c of answer.cells || answer.matrix || answer.rows || []) {
    const region = ensure(c.region ?? { code: c.regionCode, name: c.regionName });
    region.cells.set(ketenaanCodeSafe(c), cell(c));
  }
  // The API's names win, except where it only repeats the code; the short labels are ours (matrix headers).
  const known = new Map(KETENAANPAKKEN.map(k => [k.code, k]));
  for (const k of answer.ketenaanpakken || []) {
    const code = typeof k === 'object' ? codeOf(k) : k;
    const name = typeof k === 'object' ? nameOf(k) : k;
    const ours = known.get(code);
    known.set(code, { code, name: name && name !== code ? name : ours ? ours.name : code, short: ours ? ours.short : code });
  }
  for (const r of regions.values()) for (const k of r.cells.keys()) if (!known.has(k)) known.set(k, { code: k, name: k, short: k });
  const gaps = answer.gaps;
  if (gaps) {
    const entries = Array.isArray(gaps) ? gaps.map(g => [ketenCode(g), g.regions || g.regionsWithout || []])
      : Object.entries(gaps).filter(([, v]) => Array.isArray(v));
    for (const [k, list] of entries) {
      for (const ref of list) {
        const region = regions.get(codeOf(ref));
        if (region) region.cells.set(k, { ...(region.cells.get(k) || cell({})), absent: true });
      }
    }
  }
  return { ketenaanpakken: [...known.values()], regions: [...regions.values()] };
}

function ketenaanCodeSafe(c) { return ketenCode(c) || 'onbekend'; }

export function tooltipExtra(code) {
  const c = cellsByMunicipality.get(code);
  return c ? `<div>${esc(c)}</div>` : '';
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const by = params.by || 'IZA';
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'keten-by', label: 'Per indeling', options: kindOptions(), value: by, onChange: v => navigate({ by: v }) });
  const chosenSelect = select(form, { id: 'keten-ka', label: 'Op de kaart', options: KETENAANPAKKEN.map(k => [k.code, k.name]),
    value: params.ka || KETENAANPAKKEN[0].code, onChange: v => navigate({ ka: v }) });
  cellsByMunicipality = new Map();
  map.paint(() => ({ fill: '#eef1f4' }));
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  map.setSecondBorders(null);
  map.setTitle('Ketenaanpakken', '');
  const wait = loading(results, 'Ketenaanpakken laden…');
  const answer = await getJson(query('/api/ketenaanpakken/coverage', { by }));
  if (!ctx.isCurrent()) return;
  wait.remove();

  const matrix = normaliseMatrix(answer);
  // Regions the answer leaves out have no known participation at all: list them as gaps too.
  const listed = new Set(matrix.regions.map(r => r.code));
  for (const r of base.regions(by)) if (!listed.has(r.code)) matrix.regions.push({ code: r.code, name: r.name, cells: new Map() });
  for (const k of matrix.ketenaanpakken) {
    if (![...chosenSelect.options].some(o => o.value === k.code)) chosenSelect.add(new Option(k.name, k.code));
  }
  const ka = params.ka && matrix.ketenaanpakken.some(k => k.code === params.ka) ? params.ka : matrix.ketenaanpakken[0].code;
  chosenSelect.value = ka;
  const kaName = (matrix.ketenaanpakken.find(k => k.code === ka) || {}).name || ka;

  // Map: share of the chosen ketenaanpak per region; municipalities named as taking part drawn darker.
  const scale = d3.scaleSequential(d3.interpolateGreens).domain([0, 1]);
  const cellOfRegion = new Map(matrix.regions.map(r => [r.code, r.cells.get(ka)]));
  map.paint(code => {
    const regionCode = base.regionsOf(by, code)[0];
    const c = cellOfRegion.get(regionCode);
    if (!c || c.absent) {
      cellsByMunicipality.set(code, `${kaName}: geen deelname bekend in de regio`);
      return { fill: ABSENT };
    }
    const takesPart = c.municipalities ? c.municipalities.includes(code) : null;
    cellsByMunicipality.set(code, `${kaName}: ${c.regionLevel ? 'afspraak op regioniveau' : takesPart === false ? 'gemeente doet niet mee' : takesPart ? 'gemeente doet mee' : ''} (regio ${fmtShare(c.share)})`);
    if (c.regionLevel) return { fill: '#9ecae1' };
    if (takesPart === false) return { fill: scale(Math.min(0.25, c.share ?? 0.2)) };
    return { fill: scale(0.25 + 0.75 * (c.share ?? 0.5)) };
  });
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  const withDemo = usesDemo(answer);
  map.setTitle(`Ketenaanpak: ${kaName}`, withDemo ? 'Bevat DEMODATA (fictief) · lichtrood: geen deelname bekend' : 'Lichtrood: geen deelname bekend · blauw: afspraak op regioniveau');

  html(results, `${withDemo ? `<p class="demo-label" role="note"><strong>Demodata:</strong> deze matrix bevat fictieve deelname
      (gegenereerd) naast de echte, onvolledige gegevens.</p>` : ''}
    <p class="note">Per regio het aandeel van de inwoners in gemeenten die meedoen. <span class="cell-gap">—</span> = geen deelname bekend;
      <span class="badge">regio</span> = alleen op regioniveau vastgelegd. Klik op een kolomkop om die ketenaanpak op de kaart te zien.</p>
    <p class="note">${matrix.ketenaanpakken.map(k => `<strong>${esc(k.short || k.code)}</strong> ${esc(k.name)}`).join(' · ')}</p>`);
  const columns = [
    { label: base.divisionLabel(by), value: r => r.name, html: r => `<a href="#" class="focus-link" data-focus="${esc(r.code)}">${esc(r.name)}</a>` },
    ...matrix.ketenaanpakken.map(k => ({
      label: k.name,
      value: r => { const c = r.cells.get(k.code); return !c || c.absent ? 'geen' : c.regionLevel ? 'regio' : c.share ?? c.count; },
      html: r => {
        const c = r.cells.get(k.code);
        if (!c || c.absent) return '<span class="cell-gap" title="geen deelname bekend">—</span>';
        if (c.regionLevel) return '<span class="badge" title="alleen op regioniveau vastgelegd">regio</span>';
        return `<span title="${fmtInt(c.count)} gemeenten, ${fmtInt(c.population)} inwoners">${c.share != null ? `${Math.round(c.share * 100)}%` : fmtInt(c.count)}</span>`;
      },
      num: true,
      cls: r => { const c = r.cells.get(k.code); return !c || c.absent ? 'gap' : ''; },
    })),
  ];
  const block = renderTable(results, columns, matrix.regions, {
    caption: `Matrix ${base.divisionLabel(by)} × ketenaanpak`, filename: `regiograaf-ketenaanpakken-${by}.csv`.toLowerCase(),
    rowKey: r => r.code, className: 'matrix',
  });
  // Column headers choose the ketenaanpak shown on the map.
  [...block.querySelectorAll('th')].slice(1).forEach((th, i) => {
    const k = matrix.ketenaanpakken[i];
    th.innerHTML = `<button type="button" class="th-button${k.code === ka ? ' active' : ''}" aria-pressed="${k.code === ka}" title="${esc(k.name)}" aria-label="${esc(k.name)} op de kaart">${esc(k.short || k.name)}</button>`;
    th.querySelector('button').addEventListener('click', () => navigate({ ka: k.code }));
  });
  const gapCount = matrix.regions.reduce((n, r) => n + matrix.ketenaanpakken.filter(k => { const c = r.cells.get(k.code); return !c || c.absent; }).length, 0);
  html(results, `<p class="note">${fmtInt(gapCount)} van ${fmtInt(matrix.regions.length * matrix.ketenaanpakken.length)} combinaties zonder bekende deelname.</p>`);
}
