// Kaart: municipalities coloured by one division, the borders of a second division on top.
import { getJson } from '../api.js';
import { countOf, esc, fmtDate, fmtInt, publisherInDutch } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, select } from '../ui.js';

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const kind = params.color;
  const second = params.borders || '';
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'color-kind', label: 'Kleur naar indeling', options: kindOptions(undefined, base), value: kind,
    onChange: v => navigate({ color: v }) });
  select(form, { id: 'border-kind', label: 'Grenzen van tweede indeling', options: kindOptions('geen', base), value: second,
    onChange: v => navigate({ borders: v }) });

  paintDivision(ctx, kind, second);
  const division = base.division(kind) || {};
  const regions = base.regions(kind);
  const sources = await getJson('/api/sources');
  map.setTitle(base.divisionLabel(kind), second ? `Gestippeld: grenzen ${base.divisionLabel(second)}` : '',
    division.own ? `Bron: eigen indeling (${division.dataset}) · geïmporteerd ${fmtDate(division.referenceDate)}`
      : sourceLine(sources, division.source, division.referenceDate));
  const members = new Map(regions.map(r => [r.code, base.membersOf(kind, r.code)]));
  // Names on the map where they fit (up to ~45 regions); the table below is the legend for all of them.
  const labelled = regions.length <= MAX_LABELLED_REGIONS
    ? map.setLabels(regions.map(r => ({ key: r.code, text: labelText(r.name, regions), codes: members.get(r.code) })))
    : new Set();
  map.setExportLegend(regions.map(r => ({ text: r.name, colour: map.colourOfRegion(kind, r.code) })));
  // Every region's population comes from the same CBS table; the answer names it per region.
  const populationDates = [...new Set(regions.map(r => r.populationDate))];
  html(results, `<p class="note">${countOf(base.municipalities.length, 'gemeente', 'gemeenten')}, ${countOf(regions.length, 'regio', "regio's")}.
    Indeling: peildatum ${esc(fmtDate(division.referenceDate))}. Inwoners: peildatum <span data-fact="population-date">${esc(populationDates.map(fmtDate).join(', '))}</span>.
    ${labelled.size ? `${fmtInt(labelled.size)} van ${fmtInt(regions.length)} namen staan op de kaart; de tabel is de legenda: wijs een regio aan om haar op de kaart op te lichten.`
    : 'De tabel is de legenda: wijs een regio aan om haar op de kaart op te lichten.'}
    Beweeg over de kaart voor de regio's van een gemeente; klik voor het profiel.</p>`);

  const legend = renderTable(results, [
    { label: 'Regio', value: r => r.name, html: r => `<span class="swatch" style="background:${map.colourOfRegion(kind, r.code)}"></span>${esc(r.name)}${
      labelled.size && !labelled.has(r.code) ? ' <small class="muted unlabelled-note">(naam niet op de kaart)</small>' : ''}` },
    { label: 'Code', value: r => r.code, csvOnly: true },
    { label: 'Gemeenten', value: r => r.members, html: r => fmtInt(r.members), num: true },
    { label: 'Inwoners', value: r => r.population, html: r => fmtInt(r.population), num: true },
  ], regions, {
    caption: base.divisionLabel(kind), filename: `regiograaf-${kind.toLowerCase()}-regios.csv`, className: 'legend',
    rowKey: r => r.code, selected: params.focus, onRowClick: r => navigate({ focus: r.code }),
    rowClass: r => (labelled.has(r.code) ? 'labelled' : ''),
  });
  // Pointing at a legend row (mouse or keyboard) lights up its region and its name on the map.
  const light = code => {
    map.highlight(code ? members.get(code) : null);
    map.node().querySelectorAll('.region-label').forEach(t => t.classList.toggle('lit', t.dataset.region === code));
  };
  legend.querySelectorAll('tbody tr[data-key]').forEach(tr => {
    tr.addEventListener('mouseenter', () => light(tr.dataset.key));
    tr.addEventListener('focus', () => light(tr.dataset.key));
    tr.addEventListener('mouseleave', () => light(null));
    tr.addEventListener('blur', () => light(null));
  });
}

const MAX_LABELLED_REGIONS = 45;

/** A region's name for the map, without the first word most regions of the division share ("GGD …"). */
function labelText(name, regions) {
  const counts = new Map();
  for (const r of regions) {
    const first = r.name.split(' ')[0];
    counts.set(first, (counts.get(first) || 0) + 1);
  }
  const [common, count] = [...counts].sort((a, b) => b[1] - a[1])[0] || ['', 0];
  return count > regions.length / 2 && common.length > 1 && name.startsWith(`${common} `) ? name.slice(common.length + 1) : name;
}

/** "Bron: RIVM · peildatum 1 januari 2025" from the division's source id and /api/sources. */
export function sourceLine(sources, sourceId, referenceDate) {
  const source = sources.find(s => s.id === sourceId);
  return `Bron: ${source ? publisherInDutch(source.publisher) : 'onbekend'} · peildatum ${fmtDate(referenceDate)}`;
}
/** Shared by the views that show a division: fill per region, region borders, optional second division. */
export function paintDivision(ctx, kind, second, extra) {
  const { base, map } = ctx;
  const regionsOf = code => base.regionsOf(kind, code);
  const fill = map.divisionFill(kind, regionsOf);
  map.paint(code => {
    const style = fill(code);
    const more = extra ? extra(code) : null;
    return more ? { ...style, ...more, cls: [style.cls, more.cls].filter(Boolean).join(' ') } : style;
  });
  map.setRegionBorders(code => regionsOf(code).join('+'));
  map.setSecondBorders(second ? code => base.regionsOf(second, code).join('+') : null);
}
