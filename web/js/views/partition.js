// Sluitend?: is every division "landsdekkend en sluitend"? (/api/partition-check)
import { getJson, query } from '../api.js';
import { KINDS, codeOf, esc, fmtInt, nameOf } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, loading, select } from '../ui.js';
import { paintDivision } from './map.js';

let problemsByMunicipality = new Map();

/** The answer without ?kind= lists every division; accept an array, {divisions:[…]} or an object keyed by kind. */
function perDivision(answer) {
  if (Array.isArray(answer)) return answer;
  if (answer && Array.isArray(answer.divisions)) return answer.divisions;
  if (answer && Array.isArray(answer.results)) return answer.results;
  if (answer && answer.kind) return [answer];
  if (answer && typeof answer === 'object') return Object.entries(answer).filter(([, v]) => v && typeof v === 'object').map(([k, v]) => ({ kind: k, ...v }));
  return [];
}

function problemsOf(check) {
  const problems = [];
  for (const u of check.unassigned || []) problems.push({ code: codeOf(u), type: 'unassigned', text: 'zonder regio' });
  for (const d of check.multiplyAssigned || []) {
    problems.push({ code: codeOf(d.municipality), type: 'double', text: `in ${(d.regions || []).length} regio's: ${(d.regions || []).map(nameOf).join(', ')}` });
  }
  for (const f of check.fragmented || []) {
    const parts = [...(f.components || [])].sort((x, y) => y.length - x.length);
    parts.forEach((component, i) => {
      for (const m of component) {
        problems.push({ code: codeOf(m), type: i === 0 ? 'fragment-main' : 'fragment',
          text: `${nameOf(f.region)}: deel ${i + 1} van ${parts.length}` });
      }
    });
  }
  return problems;
}

export function tooltipExtra(code) {
  const list = problemsByMunicipality.get(code);
  return list ? `<ul class="problems">${list.map(p => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const kind = params.kind || '';
  select(controls, { id: 'partition-kind', label: 'Indeling', options: kindOptions('alle indelingen'), value: kind,
    onChange: v => navigate({ kind: v }) });
  problemsByMunicipality = new Map();
  map.paint(() => ({}));
  map.setRegionBorders(null);
  map.setSecondBorders(null);
  const wait = loading(results, 'Indelingen controleren…');
  const checks = perDivision(await getJson('/api/partition-check'));
  if (!ctx.isCurrent()) return;
  wait.remove();
  const byKind = new Map(checks.map(c => [String(c.kind).toUpperCase(), c]));
  if (kind && !byKind.has(kind)) {
    for (const c of perDivision(await getJson(query('/api/partition-check', { kind })))) byKind.set(String(c.kind).toUpperCase(), c);
    if (!ctx.isCurrent()) return;
  }

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
    anyProblem ? 'Rood: zonder regio · zwart omrand: dubbel · oranje: los deel van een regio' : 'Geen problemen gevonden');

  const ok = c => c.ok === true;
  html(results, `<p class="note">Landsdekkend en sluitend betekent: elke gemeente zit in precies één regio en elke regio is
    één aaneengesloten gebied. Beweeg over de kaart voor de problemen van een gemeente.</p>`);
  renderTable(results, [
    { label: 'Indeling', value: c => base.divisionLabel(c.kind) },
    { label: 'Sluitend', value: c => (ok(c) ? 'ja' : 'nee'), html: c => (ok(c) ? '<span class="good">✓ ja</span>' : '<strong class="bad">✗ nee</strong>') },
    { label: 'Gemeenten zonder regio', head: 'Zonder', value: c => (c.unassigned || []).length, num: true },
    { label: 'Gemeenten in meer dan één regio', head: 'Dubbel', value: c => (c.multiplyAssigned || []).length, num: true },
    { label: 'Versnipperde regio\'s', head: 'Versn.', value: c => (c.fragmented || []).length, num: true },
    { label: 'Onbekend lidmaatschap', value: c => c.unknownMembership ?? 0, csvOnly: true },
  ], [...checks].sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind)), {
    caption: 'Per indeling', filename: 'regiograaf-sluitend.csv', rowKey: c => c.kind, selected: kind,
    onRowClick: c => navigate({ kind: c.kind === kind ? '' : c.kind }),
  });

  for (const check of chosen) {
    const label = base.divisionLabel(check.kind);
    if (ok(check)) { html(results, `<p class="ok-line">✓ ${esc(label)}: landsdekkend en sluitend.</p>`); continue; }
    const slug = String(check.kind).toLowerCase();
    if ((check.unassigned || []).length) {
      renderTable(results, [
        { label: 'Gemeente', value: u => nameOf(u), html: u => link(codeOf(u), nameOf(u)) },
        { label: 'Code', value: u => codeOf(u) },
      ], check.unassigned, { caption: `${label}: gemeenten zonder regio`, filename: `regiograaf-${slug}-zonder-regio.csv` });
    }
    if ((check.multiplyAssigned || []).length) {
      renderTable(results, [
        { label: 'Gemeente', value: d => nameOf(d.municipality), html: d => link(codeOf(d.municipality), nameOf(d.municipality)) },
        { label: 'Regio\'s', value: d => (d.regions || []).map(nameOf), html: d => (d.regions || []).map(r => link(codeOf(r), nameOf(r))).join(', ') },
      ], check.multiplyAssigned, { caption: `${label}: gemeenten in meer dan één regio`, filename: `regiograaf-${slug}-dubbel.csv` });
    }
    if ((check.fragmented || []).length) {
      renderTable(results, [
        { label: 'Regio', value: f => nameOf(f.region), html: f => link(codeOf(f.region), nameOf(f.region)) },
        { label: 'Delen', value: f => (f.components || []).length, num: true },
        { label: 'Gemeenten per deel', value: f => (f.components || []).map(c => c.map(m => base.nameOf(codeOf(m))).join(' + ')).join(' | '),
          html: f => (f.components || []).map((c, i) => `<div><small>deel ${i + 1}:</small> ${c.map(m => esc(base.nameOf(codeOf(m)))).join(', ')}</div>`).join('') },
      ], check.fragmented, { caption: `${label}: versnipperde regio's`, filename: `regiograaf-${slug}-versnipperd.csv` });
    }
    if (check.unknownMembership) html(results, `<p class="note">${esc(label)}: ${fmtInt(check.unknownMembership)} lidmaatschappen met onbekende status.</p>`);
  }
}

function link(code, name) {
  return `<a href="#" class="focus-link" data-focus="${esc(code)}">${esc(name)}</a>`;
}
