// Profiel: the side panel for one municipality or region, joined from the reference and analysis endpoints.
import { getJson, query } from './api.js';
import { KINDS, codeOf, esc, fmtEuro, fmtInt, fmtKm, kindLabel, kindOfCode, nameOf } from './format.js';
import { errorBox, focusLink, loading } from './ui.js';
import { normaliseMatrix } from './views/ketenaanpakken.js';
import { eventSentence } from './views/changes.js';

const el = id => document.getElementById(id);
let profileSeq = 0;
let shownCode = null;

const EVIDENCE = {
  A_iza_explicit: ['bewijs A', 'A: expliciet als IZA-regio genoemd'],
  'B_named_collaboration+sumcheck': ['bewijs B', 'B: benoemde samenwerking, met somcontrole op de SPUK-bedragen'],
  'C_derived_from_sourced_lists+sumcheck': ['bewijs C', 'C: afgeleid uit lijsten met bron, met somcontrole op de SPUK-bedragen'],
};
const CONTACT = { boundary: 'gedeelde grens', point: 'raakt in een punt', water: 'over het water' };

export function hideProfile() {
  profileSeq++;
  shownCode = null;
  el('profile').hidden = true;
  document.body.classList.remove('with-profile');
}

export function showProfile(ctx, code) {
  if (code === shownCode && !el('profile').hidden && el('profile').dataset.status !== 'error') return;
  shownCode = code;
  const seq = ++profileSeq;
  const aside = el('profile');
  aside.hidden = false;
  document.body.classList.add('with-profile');
  aside.dataset.status = 'loading';
  const body = el('profile-body');
  body.replaceChildren();
  const kind = kindOfCode(code);
  el('profile-kind').textContent = `${kind ? kindLabel(kind) : 'Onbekend'} · ${code}`;
  el('profile-title').textContent = ctx.base.nameOf(code);
  loading(body, 'Profiel laden…');
  const current = () => seq === profileSeq;
  const work = kind === 'MUNICIPALITY' ? municipalityProfile(ctx, code, body, current)
    : kind ? regionProfile(ctx, kind, code, body, current)
      : Promise.reject(Object.assign(new Error(`Onbekende code „${code}”: kies een gemeente (GM…) of een regio.`), { technical: null }));
  work.then(() => { if (current()) aside.dataset.status = 'ready'; })
    .catch(error => {
      if (!current()) return;
      body.replaceChildren();
      errorBox(body, error, () => { shownCode = null; showProfile(ctx, code); });
      aside.dataset.status = 'error';
    });
}

function section(body, title, markup) {
  const s = document.createElement('section');
  s.innerHTML = `<h3>${esc(title)}</h3>${markup || ''}`;
  body.appendChild(s);
  return s;
}

/** A section filled later from an optional endpoint: its own loading state and its own error message. */
function lateSection(body, title, load, current) {
  const s = section(body, title);
  const wait = loading(s);
  return load().then(markup => { if (current()) { wait.remove(); s.insertAdjacentHTML('beforeend', markup); } })
    .catch(error => { if (current()) { wait.remove(); errorBox(s, error).classList.add('compact'); } });
}

function facts(pairs) {
  return `<dl class="facts">${pairs.filter(([, v]) => v != null && v !== '').map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function evidence(membership) {
  if (!membership) return '';
  const bits = [];
  if (membership.evidenceLevel) {
    const [short, long] = EVIDENCE[membership.evidenceLevel] || [membership.evidenceLevel, membership.evidenceLevel];
    bits.push(`<span class="badge" title="${esc(long)}">${esc(short)}</span>`);
  }
  if (membership.publishedDouble) bits.push('<span class="badge warn" title="De bron noemt deze gemeente in twee regio\'s">dubbel</span>');
  return bits.join(' ');
}

async function municipalityProfile(ctx, code, body, current) {
  const m = await getJson(`/api/municipalities/${encodeURIComponent(code)}`);
  if (!current()) return;
  el('profile-title').textContent = m.name;
  const regionsOf = kind => (m.regions && m.regions[kind]) || [];
  // Region details hold what the municipality answer does not: mandaatgemeente/SPUK (IZA), trauma centre (ROAZ).
  const detailOf = (kind, r) => getJson(`/api/regions/${kind}/${encodeURIComponent(r.code)}`);
  const [iza, roaz] = await Promise.all([
    Promise.all(regionsOf('IZA').map(r => detailOf('IZA', r))),
    Promise.all(regionsOf('ROAZ').map(r => detailOf('ROAZ', r))),
  ]);
  if (!current()) return;
  body.replaceChildren();
  body.insertAdjacentHTML('beforeend', facts([
    ['Provincie', esc(m.province)], ['Inwoners', fmtInt(m.population)], ['Peildatum', esc(m.referenceDate)],
    ['Ook bekend als', (m.aliases || []).map(esc).join(', ')],
  ]));
  section(body, 'Regio\'s', `<table class="kv">${KINDS.map(kind => `<tr><th scope="row">${esc(ctx.base.divisionLabel(kind))}</th><td>${
    regionsOf(kind).map(r => `${focusLink(r.code, r.name)} ${evidence(r.membership)}`).join('<br>') || '<em>geen regio</em>'}</td></tr>`).join('')}</table>`);

  const money = [];
  for (const r of iza) {
    money.push(['IZA-regio', focusLink(r.code, r.name)]);
    money.push(['Mandaatgemeente', r.mandaatgemeenteMunicipality ? focusLink(r.mandaatgemeenteMunicipality.code, r.mandaatgemeenteMunicipality.name) : esc(r.mandaatgemeente || 'onbekend')]);
    money.push(['SPUK IZA 2025 (regio)', fmtEuro(r.spukIza2025)], ['SPUK IZA 2026 (regio)', fmtEuro(r.spukIza2026)]);
  }
  if ((m.mandaatgemeenteOf || []).length) money.push(['Mandaatgemeente van', m.mandaatgemeenteOf.map(r => focusLink(r.code, r.name)).join(', ')]);
  money.push(['Brede SPUK 2025', fmtEuro(m.bredeSpuk2025)], ['Brede SPUK 2026', fmtEuro(m.bredeSpuk2026)]);
  section(body, 'IZA en SPUK', facts(money));

  const insurers = m.insurers && m.insurers.length ? m.insurers : m.insurer ? [m.insurer] : [];
  section(body, 'Zorgkantoor', insurers.length ? facts(insurers.flatMap(i => [
    ['Zorgkantoorregio', focusLink(i.region, i.regionName)],
    ['Concessiehouder', `${esc(i.name)}${i.referenceYear ? ` <small>(aanwijzing ${esc(i.referenceYear)})</small>` : ''}`],
  ])) : '<p class="muted">Geen concessiehouder bekend.</p>');

  section(body, 'Acute zorg (ROAZ)', roaz.map(r => facts([
    ['ROAZ-regio', focusLink(r.code, r.name)],
    ['Traumacentrum', r.traumaCentre ? `${esc(r.traumaCentre.name)}${r.traumaCentre.confidence ? ` <small>(zekerheid: ${esc(r.traumaCentre.confidence)})</small>` : ''}` : 'onbekend'],
  ])).join('') || '<p class="muted">Geen ROAZ-regio.</p>');

  section(body, 'Buurgemeenten', `<ul class="neighbours">${(m.neighbours || []).map(n => `<li>${focusLink(n.code, n.name)}
    <small>${esc(CONTACT[n.contact] || n.contact || '')}${n.contact === 'boundary' && n.borderKm ? `, ${fmtKm(n.borderKm)}` : ''}${n.contact === 'water' && n.distanceKm ? `, ${fmtKm(n.distanceKm)}` : ''}</small></li>`).join('')}</ul>`);

  const late = [
    lateSection(body, 'Steunpunten', () => supportPointsIn(new Set([code])), current),
    lateSection(body, 'Ketenaanpakken', () => ketenaanpakkenFor(ctx, 'IZA', regionsOf('IZA').map(r => r.code), code), current),
    lateSection(body, 'Geschiedenis', () => historyOf(ctx, code), current),
    lateSection(body, 'Bronnen', () => sourcesOf([m, ...iza, ...roaz]), current),
  ];
  await Promise.all(late);
}

async function regionProfile(ctx, kind, code, body, current) {
  const r = await getJson(`/api/regions/${kind}/${encodeURIComponent(code)}`);
  if (!current()) return;
  el('profile-title').textContent = r.name;
  body.replaceChildren();
  const specific = [];
  if (kind === 'IZA') {
    specific.push(['Mandaatgemeente', r.mandaatgemeenteMunicipality ? focusLink(r.mandaatgemeenteMunicipality.code, r.mandaatgemeenteMunicipality.name) : esc(r.mandaatgemeente || 'onbekend')]);
    specific.push(['SPUK IZA 2025', fmtEuro(r.spukIza2025)], ['SPUK IZA 2026', fmtEuro(r.spukIza2026)]);
  }
  if (kind === 'ROAZ') {
    specific.push(['Afkorting', esc(r.abbreviation)]);
    specific.push(['Traumacentrum', r.traumaCentre ? `${esc(r.traumaCentre.name)}${r.traumaCentre.confidence ? ` <small>(zekerheid: ${esc(r.traumaCentre.confidence)})</small>` : ''}` : 'onbekend']);
  }
  if (kind === 'ZK') {
    specific.push(['Concessiehouder', r.concessionHolder ? `${esc(r.concessionHolder.name)}${r.concessionHolder.referenceYear ? ` <small>(aanwijzing ${esc(r.concessionHolder.referenceYear)})</small>` : ''}` : 'onbekend']);
  }
  body.insertAdjacentHTML('beforeend', facts([
    ['Inwoners', fmtInt(r.population)], ['Gemeenten', fmtInt((r.members || []).length)], ['Peildatum', esc(r.referenceDate)], ...specific,
  ]));
  const members = r.members || [];
  const late = [];
  if (kind === 'GGD') late.push(lateSection(body, 'Regiotafels van deze GGD', () => ggdTables(code), current));
  section(body, 'Gemeenten', `<ul class="members">${members.map(m => `<li>${focusLink(m.code, m.name)} <small>${fmtInt(m.population)} inw.</small> ${
    m.membership && m.membership.evidenceLevel ? evidence({ evidenceLevel: m.membership.evidenceLevel, publishedDouble: m.membership.publishedDouble }) : ''}</li>`).join('')}</ul>`);
  late.push(lateSection(body, 'Steunpunten in de regio', () => supportPointsIn(new Set(members.map(m => m.code))), current));
  late.push(lateSection(body, 'Ketenaanpakken', () => ketenaanpakkenFor(ctx, kind, [code], null), current));
  late.push(lateSection(body, 'Bronnen', () => sourcesOf([r]), current));
  await Promise.all(late);
}

/** Predecessors (municipal events) and the regions the municipality or its predecessors had in each older edition. */
async function historyOf(ctx, code) {
  const h = await getJson(`/api/municipalities/${encodeURIComponent(code)}/history`);
  const events = h.predecessors.length
    ? `<ul class="history-events">${h.predecessors.map(e => `<li>${esc(eventSentence(e))}</li>`).join('')}</ul>`
    : '<p class="muted">Geen herindeling bekend in de gegevens.</p>';
  const rows = h.editions.map(e => `<tr><th scope="row">${esc(ctx.base.divisionLabel(e.edition.split('@')[0]))} ${esc(e.edition.split('@')[1] || '')}</th><td>${
    e.municipality.code !== code ? `${esc(e.municipality.name)}: ` : ''}${e.regions.map(r => esc(r.name)).join(' + ') || '<em>geen regio</em>'}</td></tr>`).join('');
  return `${events}${rows ? `<table class="kv history">${rows}</table>` : ''}`;
}

async function supportPointsIn(codes) {
  const answer = await getJson('/api/support-points');
  const points = (Array.isArray(answer) ? answer : answer.points || []).filter(p => codes.has(codeOf(p.municipality)));
  if (!points.length) return '<p class="muted">Geen steunpunten bekend.</p>';
  const demo = points.filter(p => p.demo).length;
  return `${demo ? `<p class="demo-label"><strong>Demodata:</strong> ${fmtInt(demo)} van ${fmtInt(points.length)} punten zijn fictief.</p>` : ''}
    <ul class="points">${points.map(p => `<li>${esc(p.name)} <small>${esc(p.kind)}${p.municipality ? ` · ${esc(nameOf(p.municipality))}` : ''}${
      p.located === 'municipality' ? ' · plaats onbekend' : ''}</small>${p.demo ? ' <span class="badge demo">demo</span>' : ''}</li>`).join('')}</ul>`;
}

async function ketenaanpakkenFor(ctx, kind, regionCodes, municipality) {
  if (!regionCodes.length) return '<p class="muted">Geen regio.</p>';
  const matrix = normaliseMatrix(await getJson(query('/api/ketenaanpakken/coverage', { by: kind })));
  const rows = matrix.regions.filter(r => regionCodes.includes(r.code));
  return rows.map(r => `<p class="muted">Per ${esc(ctx.base.divisionLabel(kind))} ${esc(r.name)}:</p><table class="kv">${matrix.ketenaanpakken.map(k => {
    const c = r.cells.get(k.code);
    let text;
    if (!c || c.absent) text = '<span class="cell-gap">geen deelname bekend</span>';
    else if (c.regionLevel) text = '<span class="badge">regio</span> afspraak op regioniveau';
    else if (municipality && c.municipalities) text = c.municipalities.includes(municipality) ? '<strong class="good">doet mee</strong>' : 'doet niet mee';
    else text = `${c.share != null ? `${(c.share * 100).toFixed(0)} % van de inwoners` : `${fmtInt(c.count)} gemeenten`}`;
    return `<tr><th scope="row">${esc(k.name)}</th><td>${text}</td></tr>`;
  }).join('')}</table>`).join('') || '<p class="muted">Geen gegevens over ketenaanpakken voor deze regio.</p>';
}

async function ggdTables(code) {
  const answer = await getJson('/api/overlaps/ggd');
  const list = Array.isArray(answer) ? answer : answer.regions || answer.ggd || answer.items || [];
  const entry = list.find(e => codeOf(e.ggd ?? e.region ?? e) === code);
  if (!entry) return '<p class="muted">Geen overlapgegevens voor deze GGD.</p>';
  const parts = [];
  for (const kind of ['IZA', 'ZK', 'VR', 'ROAZ']) {
    const holder = entry.touches ?? entry.overlaps ?? entry.divisions ?? entry;
    let regions = holder[kind] ?? holder[kind.toLowerCase()];
    if (regions && !Array.isArray(regions)) regions = regions.regions || regions.intersections || [];
    if (!Array.isArray(regions)) continue;
    parts.push(`<tr><th scope="row">${esc(kindLabel(kind))}</th><td>${regions.map(x => {
      const ref = x.region ?? x.b ?? x;
      const ms = (x.municipalities || []).map(nameOf);
      return `${focusLink(codeOf(ref), nameOf(ref))}${ms.length ? ` <small>(${ms.map(esc).join(', ')})</small>` : ''}`;
    }).join('<br>')}</td></tr>`);
  }
  return parts.length ? `<table class="kv">${parts.join('')}</table>` : '<p class="muted">Geen overlapgegevens voor deze GGD.</p>';
}

/** Every source id named anywhere in the answers, with publisher, title and reference date from /api/sources. */
async function sourcesOf(answers) {
  const ids = new Set();
  const walk = v => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (/(^s|S)ource$/.test(k) && typeof x === 'string' && /^[a-z0-9][a-z0-9._-]*$/i.test(x)) ids.add(x);
        else walk(x);
      }
    }
  };
  walk(answers);
  const sources = await getJson('/api/sources');
  const known = sources.filter(s => ids.has(s.id));
  if (!known.length) return '<p class="muted">Geen bronnen vermeld.</p>';
  return `<ul class="sources">${known.map(s => `<li><strong>${esc(s.publisher)}</strong>: ${
    /^https?:/.test(s.url || '') ? `<a href="${esc(s.url)}" rel="noopener" target="_blank">${esc(s.title)}</a>` : esc(s.title)}
    <small>peildatum ${esc(s.referenceDate || 'onbekend')} · ${esc(s.licence || '')}</small></li>`).join('')}</ul>`;
}
