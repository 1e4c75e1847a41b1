// Dekking: by the AZWA norm (which gemeenten have no laagdrempelig steunpunt of their own) or by reach (which have
// no point within X km); real data by default, demo data one labelled toggle away (/api/coverage, /api/support-points,
// /api/datasets).
import { getJson, query } from '../api.js';
import { countOf, esc, fmtInt, fmtKm, fmtShare } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';
import { datasetsSource } from './map.js';

export const POINT_KINDS = [['', 'alle soorten'], ['steunpunt', 'steunpunt'], ['zelfregiecentrum', 'zelfregiecentrum'],
  ['mentaal-gezondheidscentrum', 'mentaal gezondheidscentrum'], ['inloophuis', 'inloophuis'],
  ['herstelacademie', 'herstelacademie'], ['respijthuis', 'respijthuis']];
const KIND_NAMES = new Map(POINT_KINDS.filter(([k]) => k));
const kindName = kind => KIND_NAMES.get(kind) || kind;

const REASONS = {
  unplaced: 'geen gemeente of plaats bekend',
  planned: 'alleen gepland',
  'not-lsp': 'telt niet als laagdrempelig steunpunt',
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december'];

/** "2026-04-20" → "20 april 2026", "2025-05" → "mei 2025", "2023" → "2023". */
export function fmtDateNl(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(date || ''));
  if (!m) return String(date || '');
  const [, y, mo, d] = m;
  if (!mo) return y;
  return `${d ? `${+d} ` : ''}${MONTHS[+mo - 1]} ${y}`;
}

/** Kilometres to 100 m for the CSV, as the screen shows them (fmtKm). */
const roundKm = km => (km == null ? null : Math.round(km * 10) / 10);

let byCode = new Map();
let criterionShown = 'distance';

export function tooltipExtra(code) {
  const m = byCode.get(code);
  if (!m) return '';
  if (criterionShown === 'municipality') {
    return `<div class="${m.covered ? 'good' : 'bad'}">${m.pointsIn
      ? `${fmtInt(m.pointsIn)} laagdrempelig${m.pointsIn === 1 ? '' : 'e'} steunpunt${m.pointsIn === 1 ? '' : 'en'} in de gemeente`
      : 'geen eigen laagdrempelig steunpunt'} · dichtstbijzijnde punt ${fmtKm(m.nearestKm)}</div>`;
  }
  return `<div class="${m.covered ? 'good' : 'bad'}">${m.covered ? 'gedekt' : 'niet gedekt'} · dichtstbijzijnde punt ${fmtKm(m.nearestKm)}`
    + ` · ${fmtInt(m.pointsWithin)} binnen straal</div>`;
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const criterion = params.criterion === 'municipality' ? 'municipality' : 'distance';
  const norm = criterion === 'municipality';
  const radius = Math.min(50, Math.max(1, Math.round(+params.radius || 10)));
  const kind = params.kind || '';
  const by = params.by || 'IZA';
  const demo = params.demo === 'true';

  const switcher = document.createElement('fieldset');
  switcher.className = 'field switch';
  switcher.id = 'coverage-criterion';
  switcher.innerHTML = `<legend>Maatstaf</legend>
    <label><input type="radio" name="criterion" id="criterion-municipality" value="municipality"${norm ? ' checked' : ''}>
      Norm: één steunpunt per gemeente</label>
    <label><input type="radio" name="criterion" id="criterion-distance" value="distance"${norm ? '' : ' checked'}>
      Bereik: binnen ${radius} km</label>`;
  for (const radio of switcher.querySelectorAll('input')) {
    radio.addEventListener('change', e => { if (e.target.checked) navigate({ criterion: e.target.value }); });
  }
  controls.appendChild(switcher);

  if (!norm) {
    const slider = document.createElement('div');
    slider.className = 'field range';
    slider.innerHTML = `<label for="radius">Straal <output id="radius-value" for="radius">${radius} km</output></label>
      <input type="range" id="radius" name="radius" min="1" max="50" step="1" value="${radius}" aria-valuetext="${radius} kilometer">`;
    const input = slider.querySelector('input');
    input.addEventListener('input', () => {
      slider.querySelector('output').textContent = `${input.value} km`;
      input.setAttribute('aria-valuetext', `${input.value} kilometer`);
    });
    input.addEventListener('change', () => navigate({ radius: input.value }, { replace: true }));
    controls.appendChild(slider);
  }
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  const kinds = norm ? [['', 'alle LSP-soorten'], ...POINT_KINDS.slice(1)] : POINT_KINDS;
  select(form, { id: 'coverage-kind', label: 'Soort punt', options: kinds, value: kind, onChange: v => navigate({ kind: v }) });
  select(form, { id: 'coverage-by', label: 'Per indeling', options: kindOptions(undefined, base), value: by, onChange: v => navigate({ by: v }) });
  const check = document.createElement('div');
  check.className = 'field check';
  check.innerHTML = `<input type="checkbox" id="coverage-demo"${demo ? ' checked' : ''}>
    <label for="coverage-demo">Demodata tonen (fictieve punten)</label>`;
  check.querySelector('input').addEventListener('change', e => navigate({ demo: e.target.checked ? 'true' : 'false' }));
  controls.appendChild(check);
  const scope = document.createElement('p');
  scope.className = 'note real-scope';
  scope.id = 'coverage-real-scope';
  scope.setAttribute('role', 'note');
  controls.appendChild(scope);

  byCode = new Map();
  criterionShown = criterion;
  const title = norm ? 'Norm: één laagdrempelig steunpunt per gemeente' : `Dekking binnen ${radius} km`;
  map.paint(() => ({ fill: '#eef1f4' }));
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  map.setSecondBorders(null);
  map.setTitle(title, '');
  const wait = loading(results, norm ? 'Norm toetsen…' : 'Dekking berekenen…');
  const demoParam = demo ? 'true' : 'false';
  const asked = query('/api/coverage', { criterion, radiusKm: norm ? undefined : radius, kind, by, demo: demoParam });
  const realNorm = query('/api/coverage', { criterion: 'municipality', by, demo: 'false' });
  const [answer, points, real, datasets] = await Promise.all([
    getJson(asked),
    getJson(query('/api/support-points', { kind, demo: demoParam })),
    norm && !kind && !demo ? null : getJson(realNorm),
    getJson('/api/datasets'),
  ]);
  if (!ctx.isCurrent()) return;
  wait.remove();
  const realAnswer = real || answer;

  scope.innerHTML = realScope(realAnswer, datasets);

  const uncovered = new Set(answer.gaps.municipalities);
  byCode = new Map(answer.municipalities.map(m => [m.code, m]));
  map.paint(code => (uncovered.has(code) ? { cls: 'uncovered', fill: '#d7301f' } : { cls: 'covered', fill: '#c7e9c0' }));
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  const measuredKinds = new Set(answer.kinds);
  const pointList = points.points.filter(p => !norm || measuredKinds.has(p.kind));
  map.drawPoints(pointList.map(p => ({
    lat: p.lat, lon: p.lon, demo: p.demo, approx: p.located === 'municipality',
    title: `${p.name} (${kindName(p.kind)})${p.demo ? ' – DEMO' : ''}${p.located === 'municipality' ? ' – plaats van de gemeente' : ''}`,
  })));
  const withDemo = answer.includesDemo;
  const sourceLines = await mapSources(answer);
  if (!ctx.isCurrent()) return;
  map.setTitle(title, withDemo ? 'Bevat DEMODATA: fictieve punten, geen echte steunpunten' : 'Alleen echte (onvolledige) gegevens',
    sourceLines);
  map.setExportLegend([
    { text: norm ? 'gemeente zonder eigen laagdrempelig steunpunt' : `geen punt binnen ${radius} km`, colour: '#d7301f' },
    { text: norm ? 'gemeente met laagdrempelig steunpunt' : `een punt binnen ${radius} km`, colour: '#c7e9c0' },
    { text: 'steunpunt (echt)', point: 'real' },
    ...(withDemo ? [{ text: 'demopunt (fictief)', point: 'demo' }] : []),
    { text: `grenzen ${base.divisionLabel(by)}`, line: '#2b3a4a' },
  ]);
  if (withDemo) {
    const badge = document.createElement('p');
    badge.className = 'demo-badge';
    badge.textContent = 'DEMODATA';
    badge.title = 'Deze kaart bevat fictieve demopunten, geen echte steunpunten';
    document.getElementById('map-status').appendChild(badge);
  }

  const regionName = new Map(answer.regions.map(r => [r.code, r.name]));
  const divisionLabel = base.divisionLabel(by);
  const demoNote = withDemo ? `<p class="demo-label" role="note"><strong>Demodata:</strong> deze weergave bevat fictieve punten
      (gegenereerd) naast de echte, onvolledige lijst. Zet „Demodata tonen” uit voor alleen echte gegevens.</p>` : '';
  if (norm) {
    html(results, `${demoNote}
      <div class="headline">
        <div><span class="big" id="norm-share">${fmtShare(answer.municipalitiesWithPointShare)}</span> van de gemeenten heeft een eigen
          laagdrempelig steunpunt (${fmtInt(answer.municipalitiesWithPoint)} van ${fmtInt(answer.municipalityCount)})</div>
        <div><span id="uncovered-count">${fmtInt(uncovered.size)}</span> ${uncovered.size === 1 ? 'gemeente' : 'gemeenten'} zonder laagdrempelig steunpunt ·
          ${countOf(answer.points, 'punt', 'punten')} meegeteld · ${countOf(answer.gaps.regionsWithoutPoint.length, 'regio', "regio's")} zonder punt</div>
      </div>
      ${normSource(answer.norm)}
      ${lspKinds(answer.norm, answer.kind)}`);
  } else {
    html(results, `${demoNote}
      <div class="headline">
        <div><span class="big">${fmtShare(answer.coveredPopulationShare)}</span> van de inwoners heeft een punt binnen ${fmtInt(radius)} km</div>
        <div><span id="uncovered-count">${fmtInt(uncovered.size)}</span> ${uncovered.size === 1 ? 'gemeente' : 'gemeenten'} zonder punt binnen de straal ·
          ${countOf(answer.points, 'punt', 'punten')} meegeteld · ${countOf(answer.gaps.regionsWithoutPoint.length, 'regio', "regio's")} zonder punt</div>
      </div>
      <p class="note">Afstand hemelsbreed vanaf het representatieve punt van de gemeente. Rood: niet gedekt. Open cirkels: demopunten.
        Het dekkend netwerk dat de ${esc(answer.norm.regionalNetwork.source)} (${esc(fmtDateNl(answer.norm.regionalNetwork.sourceDate))})
        vraagt, is hier gemeten als afstand.</p>`);
  }
  html(results, `<p class="note">${datasetsNote(answer.datasets, datasets)}</p>`);
  const slug = `${by}${demo ? '-met-demo' : ''}`.toLowerCase();
  excludedTable(results, answer.excluded, slug);

  const noPoint = new Set(answer.gaps.regionsWithoutPoint);
  if (norm) {
    renderTable(results, [
      { label: divisionLabel, value: r => r.name, html: r => `<a href="#" class="focus-link" data-focus="${esc(r.code)}">${esc(r.name)}</a>` },
      { label: 'Code', value: r => r.code, csvOnly: true },
      { label: 'Gemeenten', head: 'Gem.', value: r => r.municipalities, html: r => fmtInt(r.municipalities), num: true },
      { label: 'Gemeenten zonder laagdrempelig steunpunt', head: 'Zonder', value: r => r.municipalitiesWithoutPoint,
        html: r => fmtInt(r.municipalitiesWithoutPoint), num: true, cls: r => (r.municipalitiesWithoutPoint ? 'bad' : 'good') },
      { label: 'Inwoners in gemeenten zonder laagdrempelig steunpunt', head: 'Inw. zonder', value: r => r.populationWithoutPoint,
        html: r => fmtInt(r.populationWithoutPoint), num: true },
      { label: 'Gemeenten met laagdrempelig steunpunt', head: 'Met', value: r => r.coveredMunicipalities,
        html: r => fmtInt(r.coveredMunicipalities), num: true },
      { label: 'Laagdrempelige steunpunten in de regio', head: 'Punten', value: r => r.pointsInRegion, html: r => fmtInt(r.pointsInRegion), num: true },
    ], [...answer.regions].sort((x, y) => y.municipalitiesWithoutPoint - x.municipalitiesWithoutPoint || x.name.localeCompare(y.name, 'nl')), {
      caption: `Per ${divisionLabel}: gemeenten die nog een steunpunt missen`, filename: `regiograaf-norm-lsp-${slug}.csv`,
      rowKey: r => r.code, rowClass: r => (noPoint.has(r.code) ? 'gap' : ''), className: 'coverage-regions',
    });
    const gaps = answer.municipalities.filter(m => uncovered.has(m.code)).sort((x, y) => y.population - x.population);
    renderTable(results, [
      { label: 'Gemeente', value: m => m.name, html: m => `<a href="#" class="focus-link" data-focus="${esc(m.code)}">${esc(m.name)}</a>` },
      { label: 'Code', value: m => m.code, csvOnly: true },
      { label: divisionLabel, value: m => base.regionsOf(by, m.code).map(c => regionName.get(c) || c).join(' + ') },
      { label: 'Inwoners', value: m => m.population, html: m => fmtInt(m.population), num: true },
      { label: 'Dichtstbijzijnde punt (km)', value: m => roundKm(m.nearestKm), html: m => fmtKm(m.nearestKm), num: true },
    ], gaps, { caption: 'Gemeenten zonder laagdrempelig steunpunt', filename: `regiograaf-norm-lsp-gemeenten-zonder-${slug}.csv` });
  } else {
    renderTable(results, [
      { label: divisionLabel, value: r => r.name, html: r => `<a href="#" class="focus-link" data-focus="${esc(r.code)}">${esc(r.name)}</a>` },
      { label: 'Code', value: r => r.code, csvOnly: true },
      { label: 'Inwoners', head: 'Inw.', value: r => r.population, html: r => fmtInt(r.population), num: true },
      { label: 'Inwoners gedekt', head: 'Gedekt', value: r => r.coveredPopulation, html: r => fmtInt(r.coveredPopulation), num: true },
      { label: 'Aandeel gedekt (%)', head: '%', value: r => Math.round(r.share * 1000) / 10, html: r => fmtShare(r.share), num: true, cls: r => (r.share < 0.5 ? 'bad' : '') },
      { label: 'Gemeenten zonder eigen punt', head: 'Zonder', value: r => r.municipalitiesWithoutPoint, html: r => fmtInt(r.municipalitiesWithoutPoint), num: true },
      { label: 'Punten in de regio', head: 'Punten', value: r => r.pointsInRegion, html: r => fmtInt(r.pointsInRegion), num: true },
    ], [...answer.regions].sort((x, y) => x.share - y.share), {
      caption: `Per ${divisionLabel}`, filename: `regiograaf-dekking-${radius}km-${slug}.csv`,
      rowKey: r => r.code, rowClass: r => (noPoint.has(r.code) ? 'gap' : ''), className: 'coverage-regions',
    });
    const gaps = answer.municipalities.filter(m => uncovered.has(m.code)).sort((x, y) => (y.nearestKm ?? 1e9) - (x.nearestKm ?? 1e9));
    renderTable(results, [
      { label: 'Gemeente', value: m => m.name, html: m => `<a href="#" class="focus-link" data-focus="${esc(m.code)}">${esc(m.name)}</a>` },
      { label: 'Code', value: m => m.code, csvOnly: true },
      { label: 'Inwoners', value: m => m.population, html: m => fmtInt(m.population), num: true },
      { label: 'Dichtstbijzijnde punt (km)', value: m => roundKm(m.nearestKm), html: m => fmtKm(m.nearestKm), num: true },
    ], gaps, { caption: 'Gemeenten zonder punt binnen de straal', filename: `regiograaf-dekking-${radius}km-gaten-${slug}.csv` });
  }
}

/** The real data's scope, said plainly next to the demo toggle (from the real-data norm answer and /api/datasets). */
function realScope(real, datasets) {
  const realSets = datasets.filter(d => d.kind === 'support-points' && !d.demo);
  const rows = realSets.reduce((sum, d) => sum + (d.rows || 0), 0);
  const estimate = real.norm.nationalEstimate;
  const share = +estimate.value ? rows / +estimate.value : null;
  return `<strong>Echte gegevens zijn onvolledig:</strong> <span id="real-points">${fmtInt(rows)}</span> van circa
    ${fmtInt(+estimate.value)} steunpunten (${fmtShare(share)}; ${esc(estimate.source)}, ${esc(fmtDateNl(estimate.sourceDate))}).
    Daarmee <span id="real-with">${fmtInt(real.municipalitiesWithPoint)}</span> van ${fmtInt(real.municipalityCount)} gemeenten
    met een laagdrempelig steunpunt, <strong><span id="real-without">${fmtInt(real.gaps.municipalities.length)}</span> zonder</strong>;
    in werkelijkheid zijn dat er waarschijnlijk minder.`;
}

function normSource(norm) {
  const rule = norm.minimumPerMunicipality;
  const source = rule.sourceUrl
    ? `<a href="${esc(rule.sourceUrl)}" rel="noopener" target="_blank">${esc(rule.source)}</a>` : esc(rule.source);
  return `<p class="note norm-source"><strong>Norm:</strong> minstens ${fmtInt(+rule.value)} laagdrempelig steunpunt per gemeente
    (bron: ${source}, ${esc(fmtDateNl(rule.sourceDate))}). De werkagenda AZWA moet uiterlijk
    ${esc(fmtDateNl(norm.werkagendaDeadline.value))} zijn vastgesteld. Rood: gemeente zonder eigen laagdrempelig steunpunt.</p>`;
}

function lspKinds(norm, askedKind) {
  const items = norm.kinds.map(k => `<li class="${k.countsAsLsp ? 'good' : 'bad'}" data-kind="${esc(k.kind)}">
      <strong>${esc(kindName(k.kind))}</strong>: ${k.countsAsLsp ? 'telt mee' : 'telt niet mee'} — ${esc(k.reasonNl)}</li>`).join('');
  const asked = askedKind ? `<p class="note">Nu gemeten: alleen de gekozen soort(en), ${esc(askedKind.split(',').map(kindName).join(', '))}.</p>` : '';
  return `<details class="lsp-kinds" open><summary>Wat telt als laagdrempelig steunpunt?</summary><ul>${items}</ul>${asked}</details>`;
}

function excludedTable(results, excluded, slug) {
  const total = excluded.unplaced + excluded.planned + excluded.notLsp;
  const parts = [[excluded.unplaced, REASONS.unplaced], [excluded.planned, REASONS.planned], [excluded.notLsp, REASONS['not-lsp']]]
    .filter(([n]) => n > 0).map(([n, text]) => `${fmtInt(n)} ${esc(text)}`);
  const listed = excluded.points.length < total ? ` Hieronder de eerste ${fmtInt(excluded.points.length)}.` : '';
  renderTable(results, [
    { label: 'Naam', value: p => p.name, html: p => `${esc(p.name)}${p.demo ? ' <span class="badge demo">demo</span>' : ''}` },
    { label: 'Soort', value: p => kindName(p.kind) },
    { label: 'Gemeente', value: p => (p.municipality ? p.municipality.name : '') },
    { label: 'Reden', value: p => REASONS[p.reason] || p.reason },
    { label: 'Demo', value: p => (p.demo ? 'ja' : 'nee'), csvOnly: true },
    { label: 'Dataset', value: p => p.dataset, csvOnly: true },
  ], excluded.points, {
    caption: 'Niet meegeteld', filename: `regiograaf-dekking-niet-meegeteld-${slug}.csv`, className: 'coverage-excluded',
    note: total ? `${parts.join(' · ')}.${listed}` : 'Alle punten van de gekozen soorten zijn meegeteld.',
  });
}

/** The map's source lines: where the points come from (datasetsSource) and the norm's source and date. */
async function mapSources(answer) {
  const rule = answer.norm.minimumPerMunicipality;
  return [await datasetsSource('steunpunten', answer.datasets), `Norm: ${rule.source}, ${fmtDateNl(rule.sourceDate)}`];
}

function datasetsNote(used, datasets) {
  if (!used.length) return 'Gegevens: geen steunpuntendataset.';
  const byId = new Map(datasets.map(d => [d.id, d]));
  const names = used.map(ref => {
    const d = byId.get(ref.id);
    const rows = d && d.rows != null ? ` (${countOf(d.rows, 'punt', 'punten')})` : '';
    if (ref.demo) return `demodata, fictief${rows}`;
    if (d && d.origin === 'reference') return `echte, onvolledige lijst${rows}`;
    return `eigen import „${ref.id}”${rows}`;
  });
  return `Gegevens: ${esc(names.join('; '))}.`;
}
