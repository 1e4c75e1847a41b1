// Sluitend?: is every division "landsdekkend en sluitend"? (/api/partition-check)
import { getJson } from '../api.js';
import { EVIDENCE, esc, fmtDate, fmtInt } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';
import { divisionLegend, divisionsSourceLine, labelDivision, paintDivision } from './map.js';

let problemsByMunicipality = new Map();

function problemsOf(check) {
  const problems = [];
  for (const u of check.unassigned) problems.push({ code: u.code, type: 'unassigned', text: 'zonder regio' });
  for (const d of check.multiplyAssigned) {
    problems.push({ code: d.municipality.code, type: 'double', text: `in ${d.regions.length} regio's: ${d.regions.map(r => r.name).join(', ')}` });
  }
  for (const f of check.fragmented) {
    const parts = [...f.components].sort((x, y) => y.length - x.length);
    parts.forEach((component, i) => {
      for (const code of component) {
        problems.push({ code, type: i === 0 ? 'fragment-main' : 'fragment', text: `${f.region.name}: deel ${i + 1} van ${parts.length}` });
      }
    });
  }
  return problems;
}

/** Memberships the division holds in total (the sum over its evidence levels; without levels: unknown). */
const membershipsOf = check => Object.values(check.membershipEvidence).reduce((n, x) => n + x, 0);

/** The verdict with its caveat: a division can be sluitend on memberships that no document states. */
function caveat(check) {
  if (!check.unknownMembership) return '';
  const total = membershipsOf(check);
  return `${fmtInt(check.unknownMembership)}${total ? ` van ${fmtInt(total)}` : ''} lidmaatschappen niet door een bron vastgelegd`;
}

/** The evidence levels of a division in words, with their counts. */
function evidenceExplained(check, label) {
  const levels = Object.entries(check.membershipEvidence);
  if (!levels.length) return '';
  return `<div class="evidence-levels" data-kind="${esc(check.kind)}"><p><strong>${esc(label)}: hoe zeker is de indeling?</strong>
    Er bestaat geen officiële ledenlijst. Per lidmaatschap staat vast hoe het bekend is:</p>
    <ul>${levels.map(([level, count]) => `<li data-level="${esc(level)}"><span class="badge">${esc((EVIDENCE[level] || [level])[0])}</span>
      <strong data-count>${fmtInt(count)}</strong> ${count === 1 ? 'gemeente' : 'gemeenten'}: ${esc((EVIDENCE[level] || [level, level])[1])}</li>`).join('')}</ul>
    ${check.unknownMembership ? `<p>Het oordeel „sluitend” rust dus voor ${fmtInt(check.unknownMembership)} van de ${fmtInt(membershipsOf(check))}
      lidmaatschappen op een reconstructie, niet op een document.</p>` : ''}</div>`;
}

export function tooltipExtra(code) {
  const list = problemsByMunicipality.get(code);
  return list ? `<ul class="problems">${list.map(p => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const kind = params.kind || '';
  select(controls, { id: 'partition-kind', label: 'Indeling', options: kindOptions('alle indelingen', base), value: kind,
    onChange: v => navigate({ kind: v }) });
  problemsByMunicipality = new Map();
  map.paint(() => ({}));
  map.setRegionBorders(null);
  map.setSecondBorders(null);
  const wait = loading(results, 'Indelingen controleren…');
  // Without ?kind= the API answers an array of every division's check.
  const checks = await getJson('/api/partition-check');
  if (!ctx.isCurrent()) return;
  wait.remove();
  const byKind = new Map(checks.map(c => [c.kind, c]));

  const chosen = kind ? [byKind.get(kind)].filter(Boolean) : checks;
  const types = new Map();
  for (const check of chosen) {
    for (const p of problemsOf(check)) {
      if (!p.code) continue;
      const label = kind ? p.text : `${base.divisionLabel(check.kind)}: ${p.text}`;
      if (!problemsByMunicipality.has(p.code)) problemsByMunicipality.set(p.code, []);
      problemsByMunicipality.get(p.code).push(label);
      if (!types.has(p.code) || p.type !== 'fragment-main') types.set(p.code, p.type);
    }
  }
  const style = code => {
    const type = types.get(code);
    if (!type) return { cls: types.size ? 'muted' : '' };
    return { cls: `problem p-${type}` };
  };
  if (kind) paintDivision(ctx, kind, '', style);
  else map.paint(code => ({ ...style(code), fill: '#d9e4ef' }));
  const anyProblem = types.size > 0;
  map.setTitle(kind ? `Sluitend? ${base.divisionLabel(kind)}` : 'Sluitend? Alle indelingen',
    `${anyProblem ? 'Rood: zonder regio · zwart omrand: dubbel · oranje: los deel van een regio' : 'Geen problemen gevonden'}${
      params.focus ? ' · blauw gestreept: gekozen in het profiel' : ''}`,
    await divisionsSourceLine(base, chosen.map(c => c.kind)));
  if (!ctx.isCurrent()) return;
  if (kind) labelDivision(map, base, kind);
  const shownTypes = new Set(types.values());
  map.setExportLegend([
    ...(shownTypes.has('unassigned') ? [{ text: 'gemeente zonder regio', colour: '#d7301f' }] : []),
    ...(shownTypes.has('double') ? [{ text: 'gemeente in meer dan één regio', colour: '#ffffff', outline: '#000' }] : []),
    ...(shownTypes.has('fragment') ? [{ text: 'los deel van een regio', colour: '#fd8d3c', outline: '#7f2704' }] : []),
    ...(kind ? [] : [{ text: anyProblem ? 'gemeente zonder probleem' : 'geen problemen gevonden', colour: '#d9e4ef' }]),
    ...(params.focus ? [{ text: 'gekozen in het profiel', colour: '#ffffff', outline: '#0b5cad', dashed: true }] : []),
    ...(kind ? divisionLegend(map, base, kind) : []),
  ]);

  const ok = c => c.ok === true;
  // national divisions first, then the own ones (base.kinds keeps that order)
  const order = k => (base.kinds.includes(k) ? base.kinds.indexOf(k) : base.kinds.length);
  html(results, `<p class="note">Landsdekkend en sluitend betekent: elke gemeente zit in precies één regio en elke regio is
    één aaneengesloten gebied. Beweeg over de kaart voor de problemen van een gemeente.</p>`);
  renderTable(results, [
    { label: 'Indeling', value: c => base.divisionLabel(c.kind) + (scopeText(base, c.scope) ? ` (${scopeText(base, c.scope)})` : ''),
      html: c => `${esc(base.divisionLabel(c.kind))}${scopeText(base, c.scope) ? `<br><small class="muted scope">${esc(scopeText(base, c.scope))}</small>` : ''}` },
    { label: 'Sluitend', value: c => (ok(c) ? 'ja' : 'nee') + (caveat(c) ? `, maar ${caveat(c)}` : ''),
      html: c => `${ok(c) ? '<span class="good">✓ ja</span>' : '<strong class="bad">✗ nee</strong>'}${
        caveat(c) ? `<br><small class="caveat">maar ${esc(caveat(c))}</small>` : ''}` },
    { label: 'Gemeenten zonder regio', head: 'Zonder', value: c => c.unassigned.length, num: true },
    { label: 'Gemeenten in meer dan één regio', head: 'Dubbel', value: c => c.multiplyAssigned.length, num: true },
    { label: 'Versnipperde regio\'s', head: 'Versn.', value: c => c.fragmented.length, num: true },
    { label: 'Lidmaatschappen niet door een bron vastgelegd', value: c => c.unknownMembership, csvOnly: true },
    { label: 'Peildatum', value: c => c.referenceDate, csvOnly: true },
  ], [...checks].sort((x, y) => order(x.kind) - order(y.kind)), {
    caption: 'Per indeling', filename: 'regiograaf-sluitend.csv', rowKey: c => c.kind, selected: kind,
    onRowClick: c => navigate({ kind: c.kind === kind ? '' : c.kind }),
  });

  for (const check of chosen) {
    const label = base.divisionLabel(check.kind);
    if (ok(check)) {
      html(results, `<p class="ok-line">✓ ${esc(label)}: landsdekkend en sluitend${caveat(check) ? `, maar ${esc(caveat(check))}` : ''}
        <small>(peildatum ${esc(fmtDate(check.referenceDate))})</small>.</p>${evidenceExplained(check, label)}`);
      continue;
    }
    const slug = String(check.kind).toLowerCase();
    if (check.unassigned.length) {
      renderTable(results, [
        { label: 'Gemeente', value: u => u.name, html: u => link(u.code, u.name) },
        { label: 'Code', value: u => u.code },
      ], check.unassigned, { caption: `${label}: gemeenten zonder regio`, filename: `regiograaf-${slug}-zonder-regio.csv` });
    }
    if (check.multiplyAssigned.length) {
      renderTable(results, [
        { label: 'Gemeente', value: d => d.municipality.name, html: d => link(d.municipality.code, d.municipality.name) },
        { label: 'Regio\'s', value: d => d.regions.map(r => r.name), html: d => d.regions.map(r => link(r.code, r.name)).join(', ') },
      ], check.multiplyAssigned, { caption: `${label}: gemeenten in meer dan één regio`, filename: `regiograaf-${slug}-dubbel.csv` });
    }
    if (check.fragmented.length) {
      renderTable(results, [
        { label: 'Regio', value: f => f.region.name, html: f => link(f.region.code, f.region.name) },
        { label: 'Delen', value: f => f.components.length, num: true },
        { label: 'Gemeenten per deel', value: f => f.components.map(c => c.map(m => base.nameOf(m)).join(' + ')).join(' | '),
          html: f => f.components.map((c, i) => `<div><small>deel ${i + 1}:</small> ${c.map(m => esc(base.nameOf(m))).join(', ')}</div>`).join('') },
      ], check.fragmented, { caption: `${label}: versnipperde regio's`, filename: `regiograaf-${slug}-versnipperd.csv` });
    }
    html(results, evidenceExplained(check, label));
  }
}

/** Where an own division is meant to be sluitend (the check's scope): a province by name, a list of municipalities. */
function scopeText(base, scope) {
  if (!scope || scope === 'national') return '';
  const codes = String(scope).split(',');
  return `sluitend bedoeld binnen ${codes.map(c => base.nameOf(c.trim())).join(', ')}`;
}

function link(code, name) {
  return `<a href="#" class="focus-link" data-focus="${esc(code)}">${esc(name)}</a>`;
}
