// Overlap: how the regions of division A and division B intersect (/api/overlaps).
import { getJson, query } from '../api.js';
import { countOf, esc, fmtDate, fmtInt, fmtShare, kindLabel, percentValue, plural } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';
import { bordersEntry, divisionLegend, divisionsSourceLine, labelDivision, paintDivision } from './map.js';

const CONGRUENT = '#e3e8ee';

const rowKeyOf = x => `${x.a.code}~${x.b.code}`;
const isDouble = m => m.multiple;

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const a = params.a;
  const b = params.b;
  const onlyNonCongruent = params.only === 'nc';
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  // Both offer the own divisions too (marked "(eigen indeling)"); B offers only the other divisions (choosing A's
  // division for B moves B on, see state.normalise).
  select(form, { id: 'overlap-a', label: 'Indeling A', options: kindOptions(undefined, base), value: a, onChange: v => navigate({ a: v, row: null }) });
  select(form, { id: 'overlap-b', label: 'Indeling B', options: kindOptions(undefined, base).filter(([k]) => k !== a), value: b,
    onChange: v => navigate({ b: v, row: null }) });
  const filter = document.createElement('div');
  filter.className = 'field check';
  filter.innerHTML = `<input type="checkbox" id="overlap-only"${onlyNonCongruent ? ' checked' : ''}>
    <label for="overlap-only">Alleen niet-congruente regio's</label>`;
  filter.querySelector('input').addEventListener('change', e => navigate({ only: e.target.checked ? 'nc' : null }));
  controls.appendChild(filter);

  paintDivision(ctx, a, b);
  map.setTitle(`${base.divisionLabel(a)} × ${base.divisionLabel(b)}`, `Gestippeld: grenzen ${base.divisionLabel(b)}`);
  const wait = loading(results, 'Overlap berekenen…');
  const answer = await getJson(query('/api/overlaps', { a, b }));
  if (!ctx.isCurrent()) return;
  wait.remove();

  const regions = answer.regions;
  const nonCongruentA = new Set(regions.filter(r => r.kind === a && !r.congruent).map(r => r.code));
  // Non-congruent A-regions keep their colour; congruent ones fade.
  paintDivision(ctx, a, b, code => {
    const own = base.regionsOf(a, code);
    return own.some(r => nonCongruentA.has(r)) ? { cls: 'nc' } : { cls: 'congruent', fill: CONGRUENT };
  });
  map.setTitle(`${base.divisionLabel(a)} × ${base.divisionLabel(b)}`,
    `In kleur: niet congruent · grijs: congruent · gestippeld: grenzen ${base.divisionLabel(b)}`,
    await divisionsSourceLine(base, [a, b]));
  if (!ctx.isCurrent()) return;
  // The non-congruent regions of A are named on the map; the export's legend lists them with their colours.
  labelDivision(map, base, a, nonCongruentA);
  map.setExportLegend([...divisionLegend(map, base, a, nonCongruentA),
    { text: `congruent met ${base.divisionLabel(b)} (grijs)`, colour: CONGRUENT }, bordersEntry(base, b)]);

  const intersections = answer.intersections.filter(x => !onlyNonCongruent || nonCongruentA.has(x.a.code));
  const selected = intersections.find(x => rowKeyOf(x) === params.row);
  if (selected) map.highlight(selected.municipalities.map(m => m.code));

  const countA = regions.filter(r => r.kind === a).length;
  const countB = regions.filter(r => r.kind === b).length;
  const ncB = regions.filter(r => r.kind === b && !r.congruent).length;
  html(results, `<div class="headline">
      <div><span class="big">${fmtShare(answer.congruence)}</span> congruentie van ${esc(base.divisionLabel(a))} in ${esc(base.divisionLabel(b))}</div>
      <div>${fmtInt(nonCongruentA.size)} van ${fmtInt(countA)} ${esc(regionsOfDivision(base, a))} niet congruent ·
           ${fmtInt(ncB)} van ${fmtInt(countB)} ${esc(regionsOfDivision(base, b))} niet congruent</div>
    </div>
    <p class="note">Een regio is congruent als al haar gemeenten in één regio van de andere indeling liggen.
      Aandelen zijn aandelen van de bevolking. Klik op een rij om de gemeenten op de kaart te tonen.
      ${referenceDates(answer.referenceDates, base)}</p>`);

  const names = x => x.municipalities.map(m => esc(m.name) + (isDouble(m) ? ' <abbr title="in twee regio\'s van één indeling">⚑</abbr>' : '')).join(', ');
  renderTable(results, [
    { label: 'Doorsnede A × B', value: () => '', screenOnly: true,
      html: x => `<strong>${esc(x.a.name)}</strong><br>× ${esc(x.b.name)}<br><small>${countOf(x.municipalities.length, 'gemeente', 'gemeenten')}: ${names(x)}</small>` },
    { label: `Code A (${a})`, value: x => x.a.code, csvOnly: true },
    { label: `Regio A (${base.divisionLabel(a)})`, value: x => x.a.name, csvOnly: true },
    { label: `Code B (${b})`, value: x => x.b.code, csvOnly: true },
    { label: `Regio B (${base.divisionLabel(b)})`, value: x => x.b.name, csvOnly: true },
    { label: 'Aantal gemeenten', value: x => x.municipalities.length, csvOnly: true },
    { label: 'Gemeenten', value: x => x.municipalities.map(m => m.name + (isDouble(m) ? ' (dubbel)' : '')), csvOnly: true },
    { label: 'Inwoners', value: x => x.population, html: x => fmtInt(x.population), num: true },
    { label: '% van de inwoners van regio A', head: '% A', value: x => percentValue(x.shareOfA), html: x => fmtShare(x.shareOfA), num: true },
    { label: '% van de inwoners van regio B', head: '% B', value: x => percentValue(x.shareOfB), html: x => fmtShare(x.shareOfB), num: true },
  ], intersections, {
    caption: 'Doorsneden', filename: `regiograaf-overlap-${a}-${b}.csv`.toLowerCase(), rowKey: rowKeyOf,
    selected: params.row, rowClass: x => (nonCongruentA.has(x.a.code) ? 'nc' : ''),
    onRowClick: x => {
      navigate({ row: rowKeyOf(x) === params.row ? null : rowKeyOf(x) });
      // On a phone the map sits above the table: bring the highlighted municipalities into view.
      if (matchMedia('(max-width: 900px)').matches) document.getElementById('map').scrollIntoView({ block: 'start' });
    },
  });

  const shownRegions = regions.filter(r => !onlyNonCongruent || !r.congruent)
    .sort((x, y) => (x.congruent - y.congruent) || (x.kind === a ? -1 : 1) - (y.kind === a ? -1 : 1) || x.name.localeCompare(y.name));
  renderTable(results, [
    { label: 'Regio', value: r => r.name, html: r => `<a href="#" class="focus-link" data-focus="${esc(r.code)}">${esc(r.name)}</a>` },
    { label: 'Indeling', value: r => base.divisionLabel(r.kind), html: r => `<abbr title="${esc(base.divisionLabel(r.kind))}">${r.kind === a ? 'A' : 'B'}</abbr>` },
    { label: 'Raakt', value: r => r.intersects, html: r => fmtInt(r.intersects), num: true },
    { label: 'Congruent', value: r => (r.congruent ? 'ja' : 'nee'), html: r => (r.congruent ? 'ja' : '<strong class="bad">nee</strong>') },
    { label: 'Grootste deel (% van de inwoners)', head: 'Grootste deel', value: r => percentValue(r.largestShare), html: r => fmtShare(r.largestShare), num: true },
  ], shownRegions, { caption: 'Regio\'s', filename: `regiograaf-overlap-${a}-${b}-regios.csv`.toLowerCase(), rowKey: r => r.code });
  if (answer.truncated) html(results, '<p class="warning">Let op: het antwoord is afgekapt (te veel rijen).</p>');
}

/** "GGD-regio's"; an own division as "regio's van <name> (eigen indeling)". */
function regionsOfDivision(base, kind) {
  return base.division(kind)?.own ? `regio's van ${base.divisionLabel(kind)}` : plural(base.divisionLabel(kind));
}

/** The reference date of each division (the API's referenceDates, by kind) in Dutch. */
export function referenceDates(dates, base) {
  const parts = Object.entries(dates).map(([kind, date]) => `${esc(base ? base.divisionLabel(kind) : kindLabel(kind))} ${esc(fmtDate(date))}`);
  return parts.length ? `Peildata: ${parts.join(', ')}.` : '';
}
