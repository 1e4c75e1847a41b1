// Wijzigingen: what changed in a division since an older edition (/api/divisions/diff), on the map and in a table.
import { getJson, query } from '../api.js';
import { countOf, esc, fmtDate, fmtInt, kindLabel } from '../format.js';
import { renderTable } from '../table.js';
import { html, loading, select } from '../ui.js';
import { divisionLegend, divisionsSourceLine, labelDivision, paintDivision } from './map.js';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
let noteByMunicipality = new Map();

/** 2022-03-24 → 24 maart 2022. */
export function dutchDate(iso) {
  return iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : '';
}

const names = refs => (refs || []).map(r => r.name).join(', ');

/** How a municipal event reads in Dutch, seen from the municipality it carried along. */
function eventPhrase(event, now) {
  const into = names(event.to);
  const date = dutchDate(event.date);
  switch (event.kind) {
    case 'merger': return event.absorbing ? `samengevoegd met ${into}, ${date}` : `opgegaan in ${into}, ${date}`;
    case 'split': return `gesplitst, deel naar ${now ? now.name : into}, ${date}`;
    default: return `hernoemd tot ${into}, ${date}`;
  }
}

/** A municipal event as one Dutch sentence (also used by the profile's history). */
export function eventSentence(event, withDate = true) {
  const date = withDate ? ` (${dutchDate(event.date)})` : '';
  switch (event.kind) {
    case 'merger': return event.absorbing
      ? `${names(event.from)} samengevoegd met ${names(event.to)}${date}`
      : `${names(event.from)} samengevoegd tot ${names(event.to)}${date}`;
    case 'split': return `${names(event.from)} opgeheven en verdeeld over ${names(event.to)}${date}`;
    default: return `${names(event.from)} hernoemd tot ${names(event.to)}${date}`;
  }
}

const KIND_WORDS = { merger: 'samenvoeging', split: 'splitsing', rename: 'naamswijziging' };

/** One table row per change, in Dutch; the map marks come from the API's marks. */
function changeRows(diff) {
  const rows = [];
  for (const m of diff.moved) {
    const via = m.via.length ? ` (${m.via.map(e => eventPhrase(e, m.now)).join('; ')})` : '';
    rows.push({ type: 'verplaatst', code: m.now.code, sentence: `${m.municipality.name}: ${m.from.name} → ${m.to.name}${via}`,
      date: m.via.length ? m.via[m.via.length - 1].date : '', population: m.population });
  }
  for (const r of diff.renamed) {
    const what = r.spellingOnly ? 'andere schrijfwijze' : 'nieuwe naam';
    rows.push({ type: 'hernoemd', code: r.to.code, sentence: `${r.from.name} → ${r.to.name} (${what}${r.sameMembers ? ', zelfde gemeenten' : ''})`,
      date: '', population: null });
  }
  for (const m of diff.merged) {
    rows.push({ type: 'regio\'s samengevoegd', code: m.to.code, sentence: `${names(m.from)} → ${m.to.name}`, date: '', population: null });
  }
  for (const s of diff.split) {
    rows.push({ type: 'regio gesplitst', code: s.from.code, sentence: `${s.from.name} → ${names(s.to)}`, date: '', population: null });
  }
  return rows;
}

export function tooltipExtra(code) {
  const list = noteByMunicipality.get(code);
  return list ? `<ul class="problems">${list.map(p => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  noteByMunicipality = new Map();
  const editions = await getJson('/api/editions');
  if (!ctx.isCurrent()) return;
  const older = editions.filter(e => !e.current);
  const kinds = [...new Set(older.map(e => e.kind))];
  const kind = kinds.includes(params.kind) ? params.kind : kinds[0];
  const years = older.filter(e => e.kind === kind).map(e => String(e.year));
  const from = years.includes(params.from) ? params.from : years[0];
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'changes-kind', label: 'Indeling', options: kinds.map(k => [k, kindLabel(k)]), value: kind,
    onChange: v => navigate({ kind: v, from: null }) });
  select(form, { id: 'changes-from', label: 'Sinds editie', options: years.map(y => [y, y]), value: from,
    onChange: v => navigate({ from: v }) });

  const wait = loading(results, 'Wijzigingen zoeken…');
  const diff = await getJson(query('/api/divisions/diff', { from: `${kind}@${from}`, to: kind }));
  if (!ctx.isCurrent()) return;
  wait.remove();

  const moved = new Set(diff.marks.moved);
  const merged = new Set(diff.marks.merged);
  for (const m of diff.moved) {
    if (!noteByMunicipality.has(m.now.code)) noteByMunicipality.set(m.now.code, []);
    noteByMunicipality.get(m.now.code).push(`${m.municipality.name}: ${m.from.name} → ${m.to.name}`);
  }
  for (const e of diff.municipalityEvents) {
    for (const t of e.to) {
      if (!noteByMunicipality.has(t.code)) noteByMunicipality.set(t.code, []);
      noteByMunicipality.get(t.code).push(eventSentence(e));
    }
  }
  paintDivision(ctx, kind, '', code => {
    const cls = [moved.has(code) ? 'ch-moved' : '', merged.has(code) ? 'ch-merged' : ''].filter(Boolean).join(' ');
    return cls ? { cls } : null;
  });
  const source = await divisionsSourceLine(base, [kind]);
  if (!ctx.isCurrent()) return;
  map.setTitle(`Wijzigingen ${base.divisionLabel(kind)} sinds ${from}`,
    'Rood omrand: regio gewijzigd · gestippeld: samengevoegde gemeente',
    [`Vergeleken met editie ${diff.fromEdition.year ?? from} (peildatum ${fmtDate(diff.fromEdition.referenceDate)})`, ...source]);
  labelDivision(map, base, kind);
  map.setExportLegend([
    { text: 'regio gewijzigd (rood omrand)', colour: '#ffffff', outline: '#c00' },
    { text: 'samengevoegde gemeente (gestippeld)', colour: '#ffffff', outline: '#111', dashed: true },
    ...divisionLegend(map, base, kind),
  ]);

  const s = diff.summary;
  const editionName = e => `${e.current ? 'huidige editie' : `editie ${e.year ?? ''}`} (peildatum ${fmtDate(e.referenceDate)}, ${countOf(e.municipalities, 'gemeente', 'gemeenten')})`;
  html(results, `<p class="note" id="changes-summary">${esc(base.divisionLabel(kind))}: ${esc(editionName(diff.fromEdition))}
    → ${esc(editionName(diff.toEdition))}.
    Regio's vergeleken op hun gemeenten, niet op naam: ${fmtInt(s.unchanged)} ongewijzigd, ${fmtInt(s.renamed)} hernoemd,
    ${countOf(s.moved, 'gemeente', 'gemeenten')} naar een andere regio, ${fmtInt(s.merged)} samengevoegd, ${fmtInt(s.split)} gesplitst.
    Tussen de edities: ${countOf(s.mergers, 'samenvoeging', 'samenvoegingen')} en ${countOf(s.splits, 'splitsing', 'splitsingen')} van gemeenten
    (${countOf(s.dissolvedMunicipalities, 'gemeente', 'gemeenten')} opgeheven).</p>`);

  renderTable(results, [
    { label: 'Soort', value: r => r.type },
    { label: 'Wijziging', value: r => r.sentence },
    { label: 'Datum', value: r => r.date, csvOnly: true },
    { label: 'Inwoners (2026)', head: 'Inw.', value: r => r.population, html: r => (r.population == null ? '–' : fmtInt(r.population)), num: true },
  ], changeRows(diff), {
    caption: `${base.divisionLabel(kind)}: wijzigingen sinds ${from}`, filename: `regiograaf-${kind.toLowerCase()}-wijzigingen-${from}.csv`,
    rowKey: r => `${r.type}:${r.sentence}`, onRowClick: r => navigate({ focus: r.code }), className: 'changes',
  });
  renderTable(results, [
    { label: 'Datum', value: e => e.date, html: e => esc(dutchDate(e.date)) },
    { label: 'Soort', value: e => KIND_WORDS[e.kind] || e.kind },
    { label: 'Gebeurtenis', value: e => eventSentence(e, false) },
    { label: 'Bron', value: e => e.citation, csvOnly: true },
  ], diff.municipalityEvents, {
    caption: 'Gemeentelijke herindelingen tussen de edities', filename: `regiograaf-herindelingen-${from}.csv`,
    rowKey: e => `${e.date}:${e.to.map(t => t.code).join('+')}`, onRowClick: e => navigate({ focus: e.to[0].code }),
    className: 'events',
  });
}
