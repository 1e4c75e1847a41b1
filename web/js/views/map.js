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
  map.setTitle(base.divisionLabel(kind), second ? `Gestippeld: grenzen ${base.divisionLabel(second)}` : '',
    await divisionsSourceLine(base, [kind]));
  const members = new Map(regions.map(r => [r.code, base.membersOf(kind, r.code)]));
  // Names on the map where they fit (up to ~45 regions); the table below is the legend for all of them.
  const labelled = labelDivision(map, base, kind);
  map.setExportLegend([...divisionLegend(map, base, kind), ...(second ? [bordersEntry(base, second)] : [])]);
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

/**
 * Each region's name inside it, where names fit without overlap (divisions of up to ~45 regions; Kaart, Overlap,
 * Wijzigingen). Returns the codes of the regions named on the map.
 */
export function labelDivision(map, base, kind, only) {
  const regions = base.regions(kind).filter(r => !only || only.has(r.code));
  if (!regions.length || base.regions(kind).length > MAX_LABELLED_REGIONS) return new Set();
  return map.setLabels(regions.map(r => ({ key: r.code, text: labelText(r.name, base.regions(kind)), codes: base.membersOf(kind, r.code) })));
}

/** The export legend of a coloured division: every region with its colour (only: the codes to list). */
export function divisionLegend(map, base, kind, only) {
  return base.regions(kind).filter(r => !only || only.has(r.code)).map(r => ({ text: r.name, colour: map.colourOfRegion(kind, r.code) }));
}

/** The legend entry of a second division's borders, drawn dashed on top. */
export function bordersEntry(base, kind) {
  return { text: `grenzen ${base.divisionLabel(kind)} (gestippeld)`, line: '#08306b', dashed: true };
}

/**
 * The source line of a map that draws divisions, from /api/divisions and /api/sources: "Bron: RIVM · peildatum
 * 1 januari 2025" for one division; for more, one line per publisher and date naming its divisions
 * ("Bronnen: CBS, peildatum 1 januari 2025 (GGD-regio, Zorgkantoorregio)"). An own division names itself and its
 * import day. Returns the lines.
 */
export async function divisionsSourceLine(base, kinds) {
  const sources = await getJson('/api/sources');
  const groups = new Map();
  for (const kind of new Set(kinds.filter(Boolean))) {
    const division = base.division(kind) || {};
    const source = sources.find(s => s.id === division.source);
    // an own division by its name, not its dataset id
    const key = division.own ? `eigen indeling „${division.name}” · geïmporteerd ${fmtDate(division.referenceDate)}`
      : `${source ? publisherInDutch(source.publisher) : 'onbekend'} · peildatum ${fmtDate(division.referenceDate)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(base.divisionLabel(kind));
  }
  if (groups.size === 1 && [...groups.values()][0].length === 1) return [`Bron: ${[...groups.keys()][0]}`];
  return [...groups].map(([key, labels], i) => `${i ? '' : 'Bronnen: '}${key} (${labels.join(', ')})`);
}

/**
 * "Bron <what>: …" for the datasets an answer used (DatasetRef: id, demo): each with its source's publisher and
 * reference date (/api/datasets → /api/sources), demo data as such, an own import with its import day.
 */
export async function datasetsSource(what, refs) {
  const [datasets, sources] = await Promise.all([getJson('/api/datasets'), getJson('/api/sources')]);
  const byId = new Map(datasets.map(d => [d.id, d]));
  const parts = refs.map(ref => {
    const d = byId.get(ref.id) || {};
    const source = sources.find(x => x.id === d.source);
    if (ref.demo) return 'demodata (fictief, gegenereerd)';
    // a compiled list's reference date is a range with a remark ("2017..2025 (mixed; …)"): the range, in Dutch
    if (source) return `${publisherInDutch(source.publisher)}, peildata ${fmtDate(String(source.referenceDate).replace(/\s*\(.*$/, ''))}`;
    return `eigen import, ingelezen ${fmtDate(String(d.importedAt || '').slice(0, 10))}`;
  });
  return `Bron ${what}: ${parts.join('; ') || 'geen'}`;
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
