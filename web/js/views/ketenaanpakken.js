// Ketenaanpakken: the region × ketenaanpak matrix with its gaps (/api/ketenaanpakken/coverage).
// Reads exactly the fields of the API's KetenaanpakCoverage answer; the cell's `state` is the verdict.
/* global d3 */
import { getJson, query } from '../api.js';
import { esc, fmtInt, fmtPercent, percentValue } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';
import { datasetsSource, divisionsSourceLine, labelDivision } from './map.js';

/** Short column labels for the matrix headers; the names come from the API. */
const SHORT = { 'kansrijke-start': 'KS', valpreventie: 'VP', 'overgewicht-kinderen': 'OK', gli: 'GLI', 'welzijn-op-recept': 'WoR' };
export const shortLabel = code => SHORT[code] || code;

/** The API's cell states, in Dutch. */
export const STATE_TEXT = {
  municipal: 'deelname van gemeenten vastgelegd',
  'region-level-only': 'alleen een afspraak op regioniveau (geen gemeente bevestigd)',
  absent: 'geen deelname bekend',
};

const ABSENT = '#fbe0dc';
const REGION_LEVEL = '#9ecae1';
let cellsByMunicipality = new Map();

export function tooltipExtra(code) {
  const c = cellsByMunicipality.get(code);
  return c ? `<div>${esc(c)}</div>` : '';
}

/** What the answer says about one municipality for one cell of its region. */
export function municipalityText(cell, code) {
  if (!cell || cell.state === 'absent') return STATE_TEXT.absent;
  if (cell.takingPart.includes(code)) return 'gemeente doet mee';
  if (cell.regionLevel.some(s => s.expandedTo && s.expandedTo.includes(code))) return 'alleen genoemd in een afspraak op regioniveau';
  return cell.state === 'region-level-only' ? STATE_TEXT['region-level-only'] : 'geen deelname van deze gemeente bekend';
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const by = params.by || 'IZA';
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'keten-by', label: 'Per indeling', options: kindOptions(undefined, base), value: by, onChange: v => navigate({ by: v }) });
  const chosenSelect = select(form, { id: 'keten-ka', label: 'Op de kaart', options: [], value: '', onChange: v => navigate({ ka: v }) });
  cellsByMunicipality = new Map();
  map.paint(() => ({ fill: '#eef1f4' }));
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  map.setSecondBorders(null);
  map.setTitle('Ketenaanpakken', '');
  const wait = loading(results, 'Ketenaanpakken laden…');
  const answer = await getJson(query('/api/ketenaanpakken/coverage', { by }));
  if (!ctx.isCurrent()) return;
  wait.remove();

  const ketenaanpakken = answer.ketenaanpakken;
  for (const k of ketenaanpakken) chosenSelect.add(new Option(k.name, k.code));
  const ka = ketenaanpakken.some(k => k.code === params.ka) ? params.ka : ketenaanpakken[0].code;
  chosenSelect.value = ka;
  const kaName = ketenaanpakken.find(k => k.code === ka).name;

  // Map: per region the state of the chosen ketenaanpak; municipalities with municipal evidence darker.
  const scale = d3.scaleSequential(d3.interpolateGreens).domain([0, 1]);
  const cellOfRegion = new Map(answer.regions.map(r => [r.code, r.ketenaanpakken[ka]]));
  map.paint(code => {
    const cells = base.regionsOf(by, code).map(r => cellOfRegion.get(r)).filter(Boolean);
    const cell = cells.find(c => c.takingPart.includes(code)) || cells.find(c => c.state !== 'absent') || cells[0];
    const text = municipalityText(cell, code);
    cellsByMunicipality.set(code, `${kaName}: ${text}${cell && cell.state === 'municipal' ? ` (regio ${fmtPercent(cell.share)} van de inwoners)` : ''}`);
    if (!cell || cell.state === 'absent') return { fill: ABSENT, cls: 'keten-absent' };
    if (cell.takingPart.includes(code)) return { fill: scale(0.35 + 0.65 * cell.share), cls: 'keten-takes-part' };
    if (cell.state === 'region-level-only') return { fill: REGION_LEVEL, cls: 'keten-region-level' };
    return { fill: scale(0.12), cls: 'keten-not-known' };
  });
  map.setRegionBorders(code => base.regionsOf(by, code).join('+'));
  const withDemo = answer.includesDemo;
  const legend = 'groen: gemeente doet mee · blauw: alleen afspraak op regioniveau · lichtrood: geen deelname bekend';
  const source = await datasetsSource('deelname', answer.datasets);
  if (!ctx.isCurrent()) return;
  map.setTitle(`Ketenaanpak: ${kaName}`, withDemo ? `Bevat DEMODATA (fictief) · ${legend}` : legend,
    [source, ...(await divisionsSourceLine(base, [by])).map(line => line.replace(/^Bron: /, `Bron ${base.divisionLabel(by)}: `))]);
  labelDivision(map, base, by);
  map.setExportLegend([
    { text: 'gemeente doet mee', colour: scale(0.7) },
    { text: 'regio doet mee, deze gemeente niet bekend', colour: scale(0.12) },
    { text: 'alleen een afspraak op regioniveau', colour: REGION_LEVEL },
    { text: 'geen deelname bekend', colour: ABSENT },
    { text: `grenzen ${base.divisionLabel(by)}`, line: '#2b3a4a' },
  ]);

  html(results, `${withDemo ? `<p class="demo-label" role="note"><strong>Demodata:</strong> deze matrix bevat fictieve deelname
      (gegenereerd) naast de echte, onvolledige gegevens.</p>` : ''}
    <p class="note">Per regio het aandeel van de inwoners in gemeenten waarvan deelname is vastgelegd.
      <span class="cell-gap">—</span> = geen deelname bekend (geen bewijs gevonden; dat is iets anders dan niet meedoen);
      <span class="badge">regio</span> = alleen een afspraak op regioniveau, geen gemeente bevestigd;
      <sup>r</sup> = daarnaast een afspraak op regioniveau. Klik op een kolomkop om die ketenaanpak op de kaart te zien.</p>
    <p class="note">${ketenaanpakken.map(k => `<strong>${esc(shortLabel(k.code))}</strong> ${esc(k.name)}`).join(' · ')}</p>`);
  const cellOf = (r, k) => r.ketenaanpakken[k.code];
  const columns = [
    { label: base.divisionLabel(by), value: r => r.name, html: r => `<a href="#" class="focus-link" data-focus="${esc(r.code)}">${esc(r.name)}</a>` },
    { label: 'Code', value: r => r.code, csvOnly: true },
    ...ketenaanpakken.flatMap(k => [
      {
        label: k.name,
        value: r => ({ municipal: 'deelname van gemeenten', 'region-level-only': 'alleen regioniveau', absent: 'geen deelname bekend' })[cellOf(r, k).state],
        html: r => {
          const c = cellOf(r, k);
          if (c.state === 'absent') return `<span class="cell-gap" data-state="absent" title="${esc(STATE_TEXT.absent)}">—</span>`;
          if (c.state === 'region-level-only') return `<span class="badge" data-state="region-level-only" title="${esc(STATE_TEXT['region-level-only'])}">regio</span>`;
          return `<span data-state="municipal" title="${fmtInt(c.municipalities)} ${c.municipalities === 1 ? 'gemeente' : 'gemeenten'}, ${fmtInt(c.population)} inwoners">${fmtPercent(c.share, 0)}</span>${
            c.regionLevel.length ? '<sup title="daarnaast een afspraak op regioniveau">r</sup>' : ''}`;
        },
        num: true,
        cls: r => (cellOf(r, k).state === 'absent' ? 'gap' : ''),
      },
      { label: `${k.name}: gemeenten die meedoen`, value: r => cellOf(r, k).municipalities, csvOnly: true },
      { label: `${k.name}: % inwoners in gemeenten die meedoen`, value: r => percentValue(cellOf(r, k).share), csvOnly: true },
    ]),
  ];
  const block = renderTable(results, columns, answer.regions, {
    caption: `Matrix ${base.divisionLabel(by)} × ketenaanpak`, filename: `regiograaf-ketenaanpakken-${by}.csv`.toLowerCase(),
    rowKey: r => r.code, className: 'matrix',
  });
  // Column headers choose the ketenaanpak shown on the map.
  [...block.querySelectorAll('th')].slice(1).forEach((th, i) => {
    const k = ketenaanpakken[i];
    th.dataset.ketenaanpak = k.code;
    th.innerHTML = `<button type="button" class="th-button${k.code === ka ? ' active' : ''}" aria-pressed="${k.code === ka}" title="${esc(k.name)}" aria-label="${esc(k.name)} op de kaart">${esc(shortLabel(k.code))}</button>`;
    th.querySelector('button').addEventListener('click', () => navigate({ ka: k.code }));
  });
  const count = list => Object.values(list).reduce((n, codes) => n + codes.length, 0);
  const cells = answer.regions.length * ketenaanpakken.length;
  html(results, `<p class="note" id="keten-summary">Van de <span data-count="cells">${fmtInt(cells)}</span> combinaties:
    <span data-count="municipal">${fmtInt(cells - count(answer.absent) - count(answer.regionLevelOnly))}</span> met deelname van gemeenten,
    <span data-count="region-level-only">${fmtInt(count(answer.regionLevelOnly))}</span> alleen op regioniveau,
    <span data-count="absent">${fmtInt(count(answer.absent))}</span> zonder bekende deelname.</p>`);
}
