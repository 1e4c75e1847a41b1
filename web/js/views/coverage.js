// Dekking: which municipalities have no steunpunt within the radius (/api/coverage, /api/support-points).
import { getJson, query } from '../api.js';
import { esc, fmtInt, fmtKm, fmtShare } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';

export const POINT_KINDS = [['', 'alle soorten'], ['steunpunt', 'steunpunt'], ['zelfregiecentrum', 'zelfregiecentrum'],
  ['mentaal-gezondheidscentrum', 'mentaal gezondheidscentrum'], ['inloophuis', 'inloophuis']];

let nearestByCode = new Map();

export function tooltipExtra(code) {
  const m = nearestByCode.get(code);
  if (!m) return '';
  return `<div class="${m.covered ? 'good' : 'bad'}">${m.covered ? 'gedekt' : 'niet gedekt'} · dichtstbijzijnde punt ${fmtKm(m.nearestKm)}`
    + ` · ${fmtInt(m.pointsWithin)} binnen straal</div>`;
}

/** Whether an answer used demo data: its datasets say so (objects with demo:true or ids naming demo). */
export function usesDemo(answer, points = []) {
  if (answer && answer.demo === true) return true;
  const sets = (answer && answer.datasets) || [];
  return sets.some(d => (typeof d === 'object' ? d.demo === true || /demo/i.test(d.id || d.name || '') : /demo/i.test(String(d))))
    || points.some(p => p.demo);
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const radius = Math.min(50, Math.max(1, Math.round(+params.radius || 10)));
  const kind = params.kind || '';
  const by = params.by || 'IZA';
  const demo = params.demo !== 'false';

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
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'coverage-kind', label: 'Soort punt', options: POINT_KINDS, value: kind, onChange: v => navigate({ kind: v }) });
  select(form, { id: 'coverage-by', label: 'Per indeling', options: kindOptions(), value: by, onChange: v => navigate({ by: v }) });
  const check = document.createElement('div');
  check.className = 'field check';
  check.innerHTML = `<input type="checkbox" id="coverage-demo"${demo ? ' checked' : ''}><label for="coverage-demo">Demodata meenemen</label>`;
  check.querySelector('input').addEventListener('change', e => navigate({ demo: e.target.checked ? 'true' : 'false' }));
  controls.appendChild(check);

  nearestByCode = new Map();
  map.paint(() => ({ fill: '#eef1f4' }));
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  map.setSecondBorders(null);
  map.setTitle(`Dekking binnen ${radius} km`, '');
  const wait = loading(results, 'Dekking berekenen…');
  const demoParam = demo ? undefined : 'false';
  const [answer, points] = await Promise.all([
    getJson(query('/api/coverage', { radiusKm: radius, kind, by, demo: demoParam })),
    getJson(query('/api/support-points', { kind, demo: demoParam })),
  ]);
  if (!ctx.isCurrent()) return;
  wait.remove();

  const uncovered = new Set((answer.gaps && answer.gaps.municipalities || []).map(c => (typeof c === 'object' ? c.code : c)));
  nearestByCode = new Map((answer.municipalities || []).map(m => [m.code, m]));
  map.paint(code => (uncovered.has(code) ? { cls: 'uncovered', fill: '#d7301f' } : { cls: 'covered', fill: '#c7e9c0' }));
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  const pointList = Array.isArray(points) ? points : points.points || [];
  map.drawPoints(pointList.map(p => ({
    lat: p.lat, lon: p.lon, demo: !!p.demo, approx: p.located === 'municipality',
    title: `${p.name} (${p.kind})${p.demo ? ' – DEMO' : ''}${p.located === 'municipality' ? ' – plaats van de gemeente' : ''}`,
  })));
  const withDemo = usesDemo(answer, pointList);
  map.setTitle(`Dekking binnen ${radius} km`, withDemo ? 'Bevat DEMODATA: fictieve punten, geen echte steunpunten' : 'Alleen echte (gedeeltelijke) gegevens');
  if (withDemo) {
    const badge = document.createElement('p');
    badge.className = 'demo-badge';
    badge.textContent = 'DEMODATA';
    badge.title = 'Deze kaart bevat fictieve demopunten, geen echte steunpunten';
    document.getElementById('map-status').appendChild(badge);
  }

  html(results, `${withDemo ? `<p class="demo-label" role="note"><strong>Demodata:</strong> deze weergave bevat fictieve punten
      (gegenereerd) naast de echte, onvolledige lijst. Zet „Demodata meenemen” uit voor alleen echte gegevens.</p>` : ''}
    <div class="headline">
      <div><span class="big">${fmtShare(answer.coveredPopulationShare)}</span> van de inwoners heeft een punt binnen ${fmtInt(radius)} km</div>
      <div><span id="uncovered-count">${fmtInt(uncovered.size)}</span> gemeenten zonder punt binnen de straal ·
        ${fmtInt(pointList.length)} punten · ${fmtInt((answer.gaps && answer.gaps.regionsWithoutPoint || []).length)} regio's zonder punt</div>
    </div>
    <p class="note">Afstand hemelsbreed vanaf het representatieve punt van de gemeente. Rood: niet gedekt. Open cirkels: demopunten.
      ${datasetsNote(answer.datasets)}</p>`);

  const noPoint = new Set((answer.gaps && answer.gaps.regionsWithoutPoint || []).map(c => (typeof c === 'object' ? c.code : c)));
  renderTable(results, [
    { label: base.divisionLabel(by), value: r => r.name, html: r => `<a href="#" class="focus-link" data-focus="${esc(r.code)}">${esc(r.name)}</a>` },
    { label: 'Inwoners', head: 'Inw.', value: r => r.population, html: r => fmtInt(r.population), num: true },
    { label: 'Inwoners gedekt', head: 'Gedekt', value: r => r.coveredPopulation, html: r => fmtInt(r.coveredPopulation), num: true },
    { label: 'Aandeel gedekt', head: '%', value: r => r.share, html: r => fmtShare(r.share), num: true, cls: r => (r.share < 0.5 ? 'bad' : '') },
    { label: 'Punten in de regio', head: 'Punten', value: r => r.pointsInRegion, html: r => fmtInt(r.pointsInRegion), num: true },
  ], [...(answer.regions || [])].sort((x, y) => (x.share ?? 0) - (y.share ?? 0)), {
    caption: `Per ${base.divisionLabel(by)}`, filename: `regiograaf-dekking-${radius}km-${by}.csv`.toLowerCase(),
    rowKey: r => r.code, rowClass: r => (noPoint.has(r.code) ? 'gap' : ''),
  });
  const gaps = (answer.municipalities || []).filter(m => uncovered.has(m.code)).sort((x, y) => (y.nearestKm ?? 1e9) - (x.nearestKm ?? 1e9));
  renderTable(results, [
    { label: 'Gemeente', value: m => m.name, html: m => `<a href="#" class="focus-link" data-focus="${esc(m.code)}">${esc(m.name)}</a>` },
    { label: 'Inwoners', value: m => m.population, html: m => fmtInt(m.population), num: true },
    { label: 'Dichtstbijzijnde punt (km)', value: m => m.nearestKm, html: m => fmtKm(m.nearestKm), num: true },
  ], gaps, { caption: 'Gemeenten zonder punt binnen de straal', filename: `regiograaf-dekking-${radius}km-gaten.csv` });
}

function datasetsNote(datasets) {
  if (!Array.isArray(datasets) || !datasets.length) return '';
  const names = datasets.map(d => (typeof d === 'object' ? `${d.id || d.name}${d.demo ? ' (demo)' : ''}` : d));
  return `Gegevens: ${esc(names.join(', '))}.`;
}
