// Ontwerp: a proposed division (a base with moved municipalities) checked live by /api/scenarios/check.
// The whole scenario lives in the link: #/design?base=ZK&moves=GM0034:ZK07,GM0935:NIEUW1:Nieuwe%20regio,GM0014:
import { ApiError, getJson, query } from '../api.js';
import { countOf, esc, fmtInt, fmtShare, percentValue } from '../format.js';
import { downloadCsv, renderTable } from '../table.js';
import { errorBox, html, kindOptions, loading, select } from '../ui.js';
import { buildHash } from '../state.js';
import { bordersEntry, divisionsSourceLine } from './map.js';

const NEW_REGION = '__new';
const NEW_PREFIX = 'NIEUW';
/** The change of a congruence that counts as better or worse (below it: equal, rounding). */
const EPSILON = 1e-9;

let shown = null; // {answer, regionsOf: Map code → [region codes], problems: Map code → [text]}
let uploaded = null; // {key, answer}: an uploaded division the link cannot hold (a municipality in two regions)

/** "GM0034:ZK07,GM0935:NIEUW1:Nieuwe%20regio,GM0014:" → [{municipality, to, toName}] (to '' = out of every region). */
export function parseMoves(text) {
  if (!text) return [];
  return text.split(',').filter(Boolean).map(item => {
    const [municipality, to = '', name] = item.split(':');
    let toName = null;
    if (name) {
      try { toName = decodeURIComponent(name); } catch { toName = name; }
    }
    return { municipality, to, toName };
  });
}

export function formatMoves(moves) {
  return moves.map(m => `${m.municipality}:${m.to || ''}${m.to && m.toName ? `:${encodeURIComponent(m.toName)}` : ''}`).join(',');
}

export function onMapSelect(code, navigate) {
  navigate({ sel: code });
}

export function tooltipExtra(code) {
  if (!shown) return '';
  const names = (shown.regionsOf.get(code) || []).map(r => esc(regionName(r))).join(' + ') || '<em>geen regio</em>';
  const problems = shown.problems.get(code) || [];
  return `<div>Ontwerp: ${names}</div>${problems.length ? `<ul class="problems">${problems.map(p => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}`;
}

function regionName(code) {
  const r = shown && shown.answer.regions.find(x => x.code === code);
  return r ? r.name : code;
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const kind = params.base;
  const moves = parseMoves(params.moves);
  const fromUpload = params.bron === 'csv' && uploaded && uploaded.key === kind ? uploaded.answer : null;

  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'design-base', label: 'Uitgangspunt (basisindeling)', options: kindOptions(undefined, base), value: kind,
    onChange: v => navigate({ base: v, moves: '', sel: null, bron: null }) });
  const nameField = document.createElement('div');
  nameField.className = 'field';
  nameField.innerHTML = `<label for="design-name">Naam van het ontwerp</label>
    <input id="design-name" type="text" maxlength="200" value="${esc(params.name || '')}" placeholder="bijv. Jeugdregio's 2027">`;
  nameField.querySelector('input').addEventListener('change', e => navigate({ name: e.target.value.trim() || null }));
  form.appendChild(nameField);

  const wait = loading(results, 'Ontwerp controleren…');
  const answer = fromUpload || await getJson(query('/api/scenarios/check', { base: kind, moves: formatMoves(moves), name: params.name }));
  if (!ctx.isCurrent()) return;
  wait.remove();

  const regionsOf = new Map();
  for (const r of answer.regions) for (const m of r.municipalities) {
    if (!regionsOf.has(m)) regionsOf.set(m, []);
    regionsOf.get(m).push(r.code);
  }
  const problems = problemsOf(answer.partition);
  shown = { answer, regionsOf, problems: problems.text };

  if (params.sel && base.municipality(params.sel)) chooser(ctx, kind, moves, params.sel, answer);
  tools(ctx, kind, answer, !!fromUpload);
  const source = await divisionsSourceLine(base, [kind]);
  if (!ctx.isCurrent()) return;
  paint(ctx, kind, params, answer, regionsOf, problems.cls, source);
  summary(ctx, answer);
  if (fromUpload) {
    html(results, `<p class="note" id="design-upload-note">Geüploade indeling: een gemeente ligt in meer dan één regio, dat past
      niet in een link. De link hieronder bevat alleen het uitgangspunt.</p>`);
  } else {
    movesTable(ctx, kind, moves, answer);
  }
}

/** Municipality → problem texts and → map class (unassigned, double, a piece apart from the largest). */
function problemsOf(partition) {
  const text = new Map();
  const cls = new Map();
  const add = (code, t, c) => {
    if (!text.has(code)) text.set(code, []);
    text.get(code).push(t);
    if (!cls.has(code) || c !== 'p-fragment-main') cls.set(code, c);
  };
  for (const u of partition.unassigned) add(u.code, 'zonder regio', 'p-unassigned');
  for (const d of partition.multiplyAssigned) add(d.municipality.code, `in ${d.regions.length} regio's`, 'p-double');
  for (const f of partition.fragmented) {
    f.components.forEach((piece, i) => piece.forEach(m =>
      add(m, `${f.region.name}: deel ${i + 1} van ${f.components.length}`, i === 0 ? 'p-fragment-main' : 'p-fragment')));
  }
  return { text, cls };
}

function paint(ctx, kind, params, answer, regionsOf, problemClass, source) {
  const { base, map } = ctx;
  const of = code => regionsOf.get(code) || [];
  const colourKey = `design|${kind}|${params.moves || ''}|${params.bron || ''}`;
  const fill = map.divisionFill(colourKey, of);
  map.paint(code => {
    const style = fill(code);
    const cls = [problemClass.get(code), code === params.sel ? 'design-selected' : ''].filter(c => c && c !== 'p-fragment-main').join(' ');
    return cls ? { ...style, cls } : style;
  });
  map.setRegionBorders(code => of(code).join('+'));
  map.setSecondBorders(code => base.regionsOf(kind, code).join('+'));
  // names where they fit without overlap, the regions the design adds first; the export's legend names every region
  map.setLabels(answer.regions.map(r => ({ text: r.name, codes: r.municipalities, key: r.code, first: r.added })));
  map.setFocus(params.sel ? [params.sel] : []);
  map.setTitle(`Ontwerp${answer.name ? `: ${answer.name}` : ''}`,
    `Gestippeld: grenzen ${base.divisionLabel(kind)} · klik een gemeente om haar regio te kiezen`,
    [`Voorstel, geen vastgestelde indeling: ${base.divisionLabel(kind)} met ${countOf(answer.changes.length, 'gemeente', 'gemeenten')} anders ingedeeld`,
      ...source.map(line => line.replace(/^Bron: /, 'Bron basisindeling: '))]);
  const classes = new Set(problemClass.values());
  map.setExportLegend([
    ...answer.regions.map(r => ({ text: r.name, colour: map.colourOfRegion(colourKey, r.code) })),
    ...(classes.has('p-unassigned') ? [{ text: 'gemeente zonder regio', colour: '#d7301f' }] : []),
    ...(classes.has('p-double') ? [{ text: 'gemeente in meer dan één regio', colour: '#ffffff', outline: '#000' }] : []),
    ...(classes.has('p-fragment') ? [{ text: 'los deel van een regio', colour: '#fd8d3c', outline: '#7f2704' }] : []),
    bordersEntry(base, kind),
  ]);
}

/** The region list for the municipality clicked: the base's regions, the new ones, "nieuwe regio…", "geen regio". */
function chooser(ctx, kind, moves, code, answer) {
  const { base, controls, navigate } = ctx;
  const box = document.createElement('div');
  box.className = 'design-chooser';
  box.id = 'design-chooser';
  const m = base.municipality(code);
  const now = (shown.regionsOf.get(code) || []).map(regionName).join(' + ') || 'geen regio';
  html(box, `<p><strong>${esc(m.name)}</strong> <span class="muted">${esc(code)} · nu: ${esc(now)}</span></p>`);
  const regions = new Map(base.regions(kind).map(r => [r.code, r.name]));
  for (const r of answer.regions) if (!regions.has(r.code)) regions.set(r.code, r.name);
  const options = [...regions].sort((a, b) => a[1].localeCompare(b[1], 'nl')).map(([c, n]) => [c, n]);
  options.push([NEW_REGION, 'nieuwe regio…'], ['', 'geen regio']);
  const current = (shown.regionsOf.get(code) || [])[0] ?? '';
  const target = select(box, { id: 'design-target', label: 'Naar regio', options, value: current, onChange: v => {
    newName.hidden = v !== NEW_REGION;
  } });
  const newName = document.createElement('div');
  newName.className = 'field';
  newName.hidden = true;
  newName.innerHTML = '<label for="design-new-name">Naam van de nieuwe regio</label><input id="design-new-name" type="text" maxlength="200">';
  box.appendChild(newName);
  const row = document.createElement('div');
  row.className = 'form-row';
  const apply = button('design-apply', 'Verplaatsen', () => {
    let to = target.value;
    let toName = null;
    if (to === NEW_REGION) {
      to = freeCode(moves, answer);
      toName = newName.querySelector('input').value.trim() || `Nieuwe regio ${to.slice(NEW_PREFIX.length)}`;
    }
    const rest = moves.filter(x => x.municipality !== code);
    const baseRegions = base.regionsOf(kind, code);
    // Back to exactly its base region: no move at all
    const backHome = to && baseRegions.length === 1 && baseRegions[0] === to;
    const next = backHome ? rest : [...rest, { municipality: code, to, toName }];
    navigate({ moves: formatMoves(next), sel: null, bron: null });
  });
  const cancel = button('design-cancel', 'Annuleren', () => navigate({ sel: null }));
  row.append(apply, cancel);
  box.appendChild(row);
  controls.appendChild(box);
}

function freeCode(moves, answer) {
  const used = new Set([...moves.map(m => m.to), ...answer.regions.map(r => r.code)]);
  let n = 1;
  while (used.has(`${NEW_PREFIX}${n}`)) n++;
  return `${NEW_PREFIX}${n}`;
}

function button(id, text, onClick, cls = 'small') {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.className = cls;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** Share the link, download the scenario as CSV in the import format, upload a CSV to check. */
function tools(ctx, kind, answer, fromUpload) {
  const { controls, navigate, results } = ctx;
  const box = document.createElement('div');
  box.className = 'design-tools';
  const link = document.createElement('div');
  link.className = 'field';
  link.innerHTML = `<label for="design-link">Link naar dit ontwerp</label><input id="design-link" type="text" readonly>`;
  const linkInput = link.querySelector('input');
  const { base: b, moves, name } = ctx.params;
  linkInput.value = `${location.origin}${location.pathname}${buildHash({ view: 'design', params: { base: b, moves, ...(name ? { name } : {}) } })}`;
  box.appendChild(link);
  const row = document.createElement('div');
  row.className = 'form-row';
  row.appendChild(button('design-copy', 'Link kopiëren', async () => {
    linkInput.select();
    try { await navigator.clipboard.writeText(linkInput.value); } catch { document.execCommand('copy'); }
  }));
  row.appendChild(button('design-download', 'CSV downloaden', () => {
    const rows = answer.regions.flatMap(r => r.municipalities.map(m => ({ municipality: m, region: r.code, regionName: r.name })));
    downloadCsv(`regiograaf-ontwerp-${kind.toLowerCase()}.csv`, [
      { label: 'municipality', value: x => x.municipality },
      { label: 'region', value: x => x.region },
      { label: 'regionName', value: x => x.regionName },
    ], rows);
  }));
  const upload = document.createElement('label');
  upload.className = 'upload small';
  upload.htmlFor = 'design-upload';
  upload.textContent = 'CSV uploaden';
  const file = document.createElement('input');
  file.type = 'file';
  file.id = 'design-upload';
  file.accept = '.csv,text/csv';
  file.addEventListener('change', () => file.files[0] && checkUpload(file.files[0], kind, navigate, results));
  row.append(upload, file);
  if (fromUpload) row.appendChild(button('design-leave-upload', 'Terug naar het uitgangspunt', () => navigate({ bron: null })));
  box.appendChild(row);
  controls.appendChild(box);
}

/**
 * Sends the file to the server to check (nothing is stored). When every municipality lies in at most one region the
 * upload becomes moves against the base, so the link holds it; otherwise the answer is shown as it is.
 */
async function checkUpload(file, kind, navigate, results) {
  const body = await file.arrayBuffer();
  let response;
  try {
    response = await fetch(query('/api/scenarios/check', { base: kind }), {
      method: 'POST', headers: { 'Content-Type': 'text/csv', Accept: 'application/json' }, body,
    });
  } catch {
    errorBox(results, new ApiError(0, 'Geen verbinding met de server.', 'POST /api/scenarios/check: netwerkfout'));
    return;
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const lines = answer && answer.errors ? answer.errors.map(e => `regel ${e.line}${e.column ? `, kolom ${e.column}` : ''}`
      + `${e.value ? ` („${e.value}”)` : ''}: ${e.reason}`) : [];
    const box = errorBox(results, new ApiError(response.status, `Het bestand is niet gecontroleerd: ${answer ? answer.detail : response.status}`,
      lines.join(' · ')));
    box.id = 'design-upload-error';
    box.scrollIntoView({ block: 'nearest' });
    return;
  }
  if (answer.changes.every(c => c.to.length <= 1)) {
    const names = new Map(answer.regions.map(r => [r.code, r]));
    const moves = answer.changes.map(c => {
      const to = c.to.length ? c.to[0].code : '';
      const region = names.get(to);
      return { municipality: c.municipality.code, to, toName: region && region.added ? region.name : null };
    });
    navigate({ moves: formatMoves(moves), sel: null, bron: null });
  } else {
    uploaded = { key: kind, answer };
    navigate({ moves: '', sel: null, bron: 'csv' });
  }
}

function direction(d) {
  const change = d.before == null ? 0 : d.after - d.before;
  const word = change > EPSILON ? '<span class="good">beter</span>' : change < -EPSILON ? '<span class="bad">slechter</span>' : 'gelijk';
  return `${d.before == null ? '' : `${fmtShare(d.before)} → `}<strong>${fmtShare(d.after)}</strong> ${d.before == null ? '' : word}`;
}

function summary(ctx, answer) {
  const { base, results } = ctx;
  const p = answer.partition;
  const status = p.ok ? '<strong class="good">✓ landsdekkend en sluitend</strong>'
    : `<strong class="bad">✗ niet sluitend</strong>: ${fmtInt(p.unassigned.length)} zonder regio, ${fmtInt(p.multiplyAssigned.length)} dubbel,
      ${fmtInt(p.fragmented.length)} versnipperde regio('s)`;
  const b = answer.balance;
  const balance = b.smallest ? `Kleinste regio ${esc(b.smallest.name)} (${fmtInt(b.smallest.population)} inw.), grootste
    ${esc(b.largest.name)} (${fmtInt(b.largest.population)} inw.)${b.ratio != null ? `: verhouding 1 : ${esc(b.ratio.toFixed(1).replace('.', ','))}` : ''}.` : '';
  html(results, `<p id="design-status" data-ok="${p.ok}">${status}</p>
    <p class="note" id="design-balance">${countOf(answer.regions.length, 'regio', "regio's")}. ${balance}</p>`);
  if (p.unassigned.length) html(results, `<p class="note">Zonder regio: ${p.unassigned.map(u => esc(u.name)).join(', ')}.</p>`);
  if (p.multiplyAssigned.length) html(results, `<p class="note">Dubbel: ${p.multiplyAssigned.map(d => `${esc(d.municipality.name)} (${d.regions.map(r => esc(r.name)).join(' + ')})`).join(', ')}.</p>`);
  if (p.fragmented.length) html(results, `<p class="note">Versnipperd: ${p.fragmented.map(f => `${esc(f.region.name)} (${f.components.length} delen)`).join(', ')}.</p>`);

  renderTable(results, [
    { label: 'Indeling', value: a => `${base.divisionLabel(a.kind)}${a.base ? ' (basis)' : ''}` },
    { label: 'Congruentie ontwerp → indeling (%)', head: 'Ontwerp → indeling', value: a => percentValue(a.scenarioToDivision.after),
      html: a => direction(a.scenarioToDivision) },
    { label: 'Congruentie indeling → ontwerp (%)', head: 'Indeling → ontwerp', value: a => percentValue(a.divisionToScenario.after),
      html: a => direction(a.divisionToScenario), cls: a => `dir-${trend(a.divisionToScenario)}` },
    // The regions that became (+) or stopped being (−) congruent under their count: a fifth column did not fit the
    // side panel at 1280 px and scrolled sideways.
    { label: 'Congruente regio\'s van de indeling', head: 'Congr. regio\'s', num: true, value: a => a.divisionToScenario.congruentAfter,
      html: a => [`${a.divisionToScenario.congruentBefore == null ? '' : `${fmtInt(a.divisionToScenario.congruentBefore)} → `}${fmtInt(a.divisionToScenario.congruentAfter)}`,
        ...a.divisionToScenario.becameCongruent.map(r => `<span class="good" data-congruence="gained">+ ${esc(r.name)}</span>`),
        ...a.divisionToScenario.lostCongruence.map(r => `<span class="bad" data-congruence="lost">− ${esc(r.name)}</span>`)].join('<br>') },
    { label: 'Nu congruent', csvOnly: true, value: a => a.divisionToScenario.becameCongruent.map(r => r.name).join(', ') },
    { label: 'Niet meer congruent', csvOnly: true, value: a => a.divisionToScenario.lostCongruence.map(r => r.name).join(', ') },
  ], answer.against, { caption: 'Congruentie met elke indeling (voor → na)', filename: 'regiograaf-ontwerp-congruentie.csv',
    rowKey: a => a.kind,
    note: 'Congruentie: het deel van de bevolking dat in de grootste overlap van zijn regio valt (1 = past er precies in).' });
}

function trend(d) {
  if (d.before == null) return 'none';
  const change = d.after - d.before;
  return change > EPSILON ? 'better' : change < -EPSILON ? 'worse' : 'same';
}

function movesTable(ctx, kind, moves, answer) {
  const { base, navigate, results } = ctx;
  const names = new Map(answer.regions.map(r => [r.code, r.name]));
  for (const r of base.regions(kind)) if (!names.has(r.code)) names.set(r.code, r.name);
  const rows = moves.map((m, i) => ({ ...m, index: i }));
  const table = renderTable(results, [
    { label: 'Gemeente', value: m => base.nameOf(m.municipality) },
    { label: 'Van', value: m => base.regionsOf(kind, m.municipality).map(r => names.get(r) || r).join(' + ') || 'geen regio' },
    { label: 'Naar', value: m => (m.to ? names.get(m.to) || m.toName || m.to : 'geen regio') },
    { label: '', screenOnly: true, value: () => '',
      html: m => `<button type="button" class="small design-undo" data-municipality="${esc(m.municipality)}">Ongedaan maken</button>` },
  ], rows, { caption: 'Verplaatsingen', filename: 'regiograaf-ontwerp-verplaatsingen.csv', rowKey: m => m.municipality,
    note: moves.length ? '' : 'Nog niets verplaatst: klik een gemeente op de kaart.' });
  table.addEventListener('click', event => {
    const undo = event.target.closest('button.design-undo');
    if (!undo) return;
    navigate({ moves: formatMoves(moves.filter(m => m.municipality !== undo.dataset.municipality)) });
  });
}
