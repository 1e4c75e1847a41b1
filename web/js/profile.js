// Profiel: the side panel for one municipality or region, joined from the reference and analysis endpoints.
import { getJson, query } from './api.js';
import { EVIDENCE, esc, fmtDate, hospitalName, fmtEuro, fmtInt, fmtKm, fmtPercent, kindLabel, kindOfCode, publisherInDutch } from './format.js';
import { errorBox, focusLink, loading, sourceLocation } from './ui.js';
import { STATE_TEXT, municipalityText } from './views/ketenaanpakken.js';
import { eventSentence } from './views/changes.js';

const el = id => document.getElementById(id);
let profileSeq = 0;
let shownCode = null;

const CONFIDENCE = { high: 'hoog', medium: 'middel', low: 'laag' };
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
  // An own division's region codes follow no pattern: the regions loaded at start know their kind.
  const kind = (ctx.base.region(code) || {}).kind || kindOfCode(code);
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

/** Badges for a membership; words: the evidence level explained next to it (else only in the legend and on hover). */
function evidence(membership, words = true) {
  if (!membership) return '';
  const bits = [];
  if (membership.evidenceLevel) {
    const [short, long] = EVIDENCE[membership.evidenceLevel] || [membership.evidenceLevel, membership.evidenceLevel];
    bits.push(`<span class="badge" title="${esc(long)}">${esc(short)}</span>${words ? ` <small class="evidence-text">${esc(long)}</small>` : ''}`);
  }
  if (membership.publishedDouble) bits.push('<span class="badge warn" title="De bron noemt deze gemeente in twee regio\'s">dubbel</span>');
  if (membership.crosswalk) {
    bits.push(`<small class="via-merger" data-source="${esc(membership.crosswalk)}">overgenomen via een gemeentelijke herindeling (bron: herindelingstabel)</small>`);
  }
  return bits.join(' ');
}

async function municipalityProfile(ctx, code, body, current) {
  const m = await getJson(`/api/municipalities/${encodeURIComponent(code)}`);
  if (!current()) return;
  el('profile-title').textContent = m.name;
  const regionsOf = kind => m.regions[kind];
  // Region details hold what the municipality answer does not: mandaatgemeente/SPUK (IZA), trauma centre (ROAZ).
  const detailOf = (kind, r) => getJson(`/api/regions/${kind}/${encodeURIComponent(r.code)}`);
  const [iza, roaz] = await Promise.all([
    Promise.all(regionsOf('IZA').map(r => detailOf('IZA', r))),
    Promise.all(regionsOf('ROAZ').map(r => detailOf('ROAZ', r))),
  ]);
  if (!current()) return;
  body.replaceChildren();
  const sources = await getJson('/api/sources');
  if (!current()) return;
  body.insertAdjacentHTML('beforeend', facts([
    ['Provincie', esc(m.province)],
    ['Inwoners', `<span data-fact="population">${fmtInt(m.population)}</span> ${sourceNote(sources, m.populationSource, m.populationDate)}`],
    ['Gemeentelijke indeling', `${sourceNote(sources, m.source, m.referenceDate)}`],
    ['Ook bekend als', m.aliases.map(esc).join(', ')],
  ]));
  // The answer lists every division, the own ones after the national ones
  section(body, 'Regio\'s', `<table class="kv">${Object.keys(m.regions).map(kind => `<tr><th scope="row">${esc(ctx.base.divisionLabel(kind))}</th><td>${
    regionsOf(kind).map(r => `${focusLink(r.code, r.name)} ${evidence(r.membership)}`).join('<br>') || '<em>geen regio</em>'}</td></tr>`).join('')}</table>`);

  const money = [];
  for (const r of iza) {
    money.push(['IZA-regio', focusLink(r.code, r.name)]);
    money.push(['Mandaatgemeente', r.mandaatgemeenteMunicipality ? focusLink(r.mandaatgemeenteMunicipality.code, r.mandaatgemeenteMunicipality.name) : esc(r.mandaatgemeente || 'onbekend')]);
    money.push(['SPUK IZA 2025 (regio)', fmtEuro(r.spukIza2025)], ['SPUK IZA 2026 (regio)', fmtEuro(r.spukIza2026)]);
  }
  if (m.mandaatgemeenteOf.length) money.push(['Mandaatgemeente van', m.mandaatgemeenteOf.map(r => focusLink(r.code, r.name)).join(', ')]);
  money.push(['Brede SPUK 2025', fmtEuro(m.bredeSpuk2025)], ['Brede SPUK 2026', fmtEuro(m.bredeSpuk2026)]);
  section(body, 'IZA en SPUK', facts(money));

  const insurers = m.insurers;
  section(body, 'Zorgkantoor', insurers.length ? facts(insurers.flatMap(i => [
    ['Zorgkantoorregio', focusLink(i.region, i.regionName)],
    ['Concessiehouder', `${esc(i.name)}${i.referenceYear ? ` <small>(aanwijzing ${esc(i.referenceYear)})</small>` : ''}`],
  ])) : '<p class="muted">Geen concessiehouder bekend.</p>');

  section(body, 'Acute zorg (ROAZ)', roaz.map(r => facts([
    ['ROAZ-regio', focusLink(r.code, r.name)],
    ['Traumacentrum', traumaCentre(r.traumaCentre)],
  ])).join('') || '<p class="muted">Geen ROAZ-regio.</p>');

  section(body, 'Buurgemeenten', `<ul class="neighbours">${m.neighbours.map(n => `<li>${focusLink(n.code, n.name)}
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
    specific.push(['Traumacentrum', traumaCentre(r.traumaCentre)]);
  }
  if (kind === 'ZK') {
    specific.push(['Concessiehouder', r.concessionHolder ? `${esc(r.concessionHolder.name)}${r.concessionHolder.referenceYear ? ` <small>(aanwijzing ${esc(r.concessionHolder.referenceYear)})</small>` : ''}` : 'onbekend']);
  }
  const sources = await getJson('/api/sources');
  if (!current()) return;
  body.insertAdjacentHTML('beforeend', facts([
    ['Inwoners', `<span data-fact="population">${fmtInt(r.population)}</span> ${sourceNote(sources, r.populationSource, r.populationDate)}`],
    ['Gemeenten', `<span data-fact="members">${fmtInt(r.members.length)}</span>`],
    ['Indeling', sourceNote(sources, r.source, r.referenceDate)], ...specific,
  ]));
  const members = r.members;
  const late = [];
  if (kind === 'GGD') late.push(lateSection(body, 'Regiotafels van deze GGD', () => ggdTables(code), current));
  section(body, 'Gemeenten', `<ul class="members">${members.map(m => `<li>${focusLink(m.code, m.name)} <small>${fmtInt(m.population)} inw.</small> ${
    evidence(m.membership, false)}</li>`).join('')}</ul>${evidenceLegend(members)}`);
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

/** The evidence levels the members carry, explained once in words below the list. */
function evidenceLegend(members) {
  const levels = [...new Set(members.map(m => m.membership.evidenceLevel).filter(Boolean))].sort();
  if (!levels.length) return '';
  return `<ul class="evidence-legend">${levels.map(level => `<li><span class="badge">${esc((EVIDENCE[level] || [level])[0])}</span>
    <small class="evidence-text">${esc((EVIDENCE[level] || [level, level])[1])}</small></li>`).join('')}</ul>`;
}

async function supportPointsIn(codes) {
  const answer = await getJson('/api/support-points');
  const points = answer.points.filter(p => p.municipality && codes.has(p.municipality.code));
  if (!points.length) return '<p class="muted">Geen steunpunten bekend.</p>';
  const demo = points.filter(p => p.demo).length;
  return `${demo ? `<p class="demo-label"><strong>Demodata:</strong> ${fmtInt(demo)} van ${fmtInt(points.length)} punten zijn fictief.</p>` : ''}
    <ul class="points">${points.map(p => `<li>${esc(p.name)} <small>${esc(p.kindLabel || p.kind)}${p.municipality ? ` · ${esc(p.municipality.name)}` : ''}${
      p.located === 'municipality' ? ' · adres onbekend' : ''}</small>${p.demo ? ' <span class="badge demo">demo</span>' : ''}</li>`).join('')}</ul>`;
}

/** The ketenaanpak cells of the given regions, read from the API's `state`; for a municipality what it says about it. */
async function ketenaanpakkenFor(ctx, kind, regionCodes, municipality) {
  if (!regionCodes.length) return '<p class="muted">Geen regio.</p>';
  const answer = await getJson(query('/api/ketenaanpakken/coverage', { by: kind }));
  const rows = answer.regions.filter(r => regionCodes.includes(r.code));
  return rows.map(r => `<p class="muted">Per ${esc(ctx.base.divisionLabel(kind))} ${esc(r.name)}${answer.includesDemo ? ' <span class="badge demo">bevat demodata</span>' : ''}:</p>
    <table class="kv keten">${answer.ketenaanpakken.map(k => {
    const c = r.ketenaanpakken[k.code];
    let text;
    if (municipality) {
      const said = municipalityText(c, municipality);
      text = said === 'gemeente doet mee' ? `<strong class="good">${esc(said)}</strong>` : c.state === 'absent' ? `<span class="cell-gap">${esc(said)}</span>` : esc(said);
    } else if (c.state === 'municipal') {
      text = `${fmtInt(c.municipalities)} ${c.municipalities === 1 ? 'gemeente' : 'gemeenten'}, ${fmtPercent(c.share)} van de inwoners`;
    } else {
      text = c.state === 'absent' ? `<span class="cell-gap">${esc(STATE_TEXT.absent)}</span>` : esc(STATE_TEXT[c.state]);
    }
    return `<tr data-ketenaanpak="${esc(k.code)}" data-state="${esc(c.state)}"><th scope="row">${esc(k.name)}</th><td>${text}</td></tr>`;
  }).join('')}</table>`).join('') || '<p class="muted">Geen gegevens over ketenaanpakken voor deze regio.</p>';
}

async function ggdTables(code) {
  const answer = await getJson('/api/overlaps/ggd');
  const entry = answer.regions.find(e => e.code === code);
  if (!entry) return '<p class="muted">Geen overlapgegevens voor deze GGD.</p>';
  const parts = Object.entries(entry.touches).map(([kind, regions]) => `<tr><th scope="row">${esc(kindLabel(kind))}</th><td>${regions.map(x => {
    const names = x.municipalities.map(m => m.name);
    return `${focusLink(x.code, x.name)} <small>(${names.map(esc).join(', ')})</small>`;
  }).join('<br>')}</td></tr>`);
  return parts.length ? `<table class="kv">${parts.join('')}</table>` : '<p class="muted">Geen overlapgegevens voor deze GGD.</p>';
}

function traumaCentre(centre) {
  if (!centre) return 'onbekend';
  const confidence = centre.confidence ? CONFIDENCE[centre.confidence] || centre.confidence : null;
  const name = hospitalName(centre.name);
  return `${esc(name)}${confidence ? ` <small>(zekerheid van de toewijzing: ${esc(confidence)})</small>` : ''}`;
}

/** "(CBS …, 1 januari 2026)": the publisher of a source and the date of the figure next to it. */
function sourceNote(sources, id, date) {
  const source = sources.find(s => s.id === id);
  const publisher = source ? publisherInDutch(source.publisher) : id;
  return `<small class="source-note" data-source="${esc(id || '')}">(bron: ${esc(publisher || 'onbekend')}, peildatum ${esc(fmtDate(date))})</small>`;
}

/** The fields of the answers that name a source (see /api/sources). */
const SOURCE_FIELDS = ['source', 'populationSource', 'bredeSpukSource', 'spukSource', 'crosswalk'];

/** Every source id named anywhere in the answers, with publisher, title and reference date from /api/sources. */
async function sourcesOf(answers) {
  const ids = new Set();
  const walk = v => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (SOURCE_FIELDS.includes(k) && typeof x === 'string') ids.add(x);
        else walk(x);
      }
    }
  };
  walk(answers);
  const sources = await getJson('/api/sources');
  const known = sources.filter(s => ids.has(s.id));
  if (!known.length) return '<p class="muted">Geen bronnen vermeld.</p>';
  return `<ul class="sources">${known.map(s => `<li data-source="${esc(s.id)}"><strong>${esc(publisherInDutch(s.publisher))}</strong>,
    peildatum ${esc(fmtDate(s.referenceDate))} <small>${sourceLocation(s.url)}</small>
    <details><summary>technische toelichting</summary><small>${esc(s.publisher)}: ${esc(s.title)} · licentie: ${esc(s.licence || 'onbekend')} · vindplaats: ${esc(s.url || 'onbekend')}${
      String(s.referenceDate) !== fmtDate(s.referenceDate) ? ` · peildatum volgens de bron: ${esc(s.referenceDate)}` : ''}</small></details></li>`).join('')}</ul>`;
}
