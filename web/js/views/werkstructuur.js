// Werkstructuur: who is accountable in each IZA/AZWA region, where each region stands (documents, werkagenda
// deadline), the venster op de samenwerking and the money. Everything shown comes from /api/werkstructuur and
// /api/venster; this view only joins, colours and formats.
import { getJson, query } from '../api.js';
import { countOf, dutchDatesIn, esc, fmtDate, fmtEuro, fmtInt, publisherInDutch } from '../format.js';
import { renderTable } from '../table.js';
import { html, loading, select } from '../ui.js';
import { divisionsSourceLine, labelDivision } from './map.js';

const DEADLINE = {
  'on-time': { label: 'op tijd', fill: '#1a9850' },
  late: { label: 'te laat', fill: '#d73027' },
  pending: { label: 'nog open', fill: '#fdae61' },
  unknown: { label: 'onbekend', fill: '#e6e6e6' },
};
const VENSTER = {
  conversation: { label: 'gesprek nodig', fill: '#d73027' },
  ok: { label: 'geen verschil van 2 of meer', fill: '#1a9850' },
  none: { label: 'geen antwoorden', fill: '#e6e6e6' },
};
const FINANCIER = { gemeenten: 'Gemeenten', zorgverzekeraar: 'Zorgverzekeraar', zorgkantoor: 'Zorgkantoor' };
const QUESTION = { proces: 'Proces', agenda: 'Agenda', resultaten: 'Resultaten' };
const DOCUMENT = { regiobeeld: 'Regiobeeld', regioplan: 'Regioplan', 'werkagenda-azwa': 'Werkagenda AZWA' };

function deadlineText(d) {
  if (!d) return 'onbekend';
  const label = (DEADLINE[d.status] || DEADLINE.unknown).label;
  if (d.status === 'late') return `${label} (${countOf(d.daysLate, 'dag', 'dagen')})`;
  if (d.status === 'pending') return `${label} (nog ${countOf(d.daysLeft, 'dag', 'dagen')})`;
  return label;
}

function vensterState(v) {
  if (!v || !v.answered) return 'none';
  return v.needsConversation ? 'conversation' : 'ok';
}

function divergentText(v) {
  if (!v || !v.answered) return 'geen antwoorden';
  if (!v.needsConversation) return 'nee';
  return `ja: ${v.divergent.map(d => (QUESTION[d.question] || d.question).toLowerCase()).join(', ')}`;
}

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const color = params.color === 'venster' ? 'venster' : 'werkagenda';
  const demo = params.demo !== 'false';
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'ws-color', label: 'Kleur naar', value: color, onChange: v => navigate({ color: v }),
    options: [['werkagenda', 'Werkagenda AZWA (deadline)'], ['venster', 'Venster: gesprek nodig']] });
  const thisYear = new Date().getFullYear();
  const years = [];
  for (let y = thisYear; y >= 2020; y--) years.push([String(y), String(y)]);
  select(form, { id: 'ws-year', label: 'Jaar van het venster', value: params.year || '', onChange: v => navigate({ year: v }),
    options: [['', 'laatste jaar met antwoorden'], ...years] });
  select(form, { id: 'ws-demo', label: 'Venster-antwoorden', value: demo ? 'true' : 'false', onChange: v => navigate({ demo: v }),
    options: [['true', 'met DEMO-antwoorden'], ['false', 'alleen geïmporteerde']] });

  map.paint(() => ({}));
  const wait = loading(results, 'Werkstructuur laden…');
  const [ws, venster, norm, sources] = await Promise.all([
    getJson('/api/werkstructuur'),
    getJson(query('/api/venster', { year: params.year, demo: demo ? '' : 'false' })),
    // The AZWA norm (at least one laagdrempelig steunpunt per gemeente) on the real, partial list of steunpunten
    getJson('/api/coverage?criterion=municipality&by=IZA&demo=false'),
    getJson('/api/sources'),
  ]);
  // a source id ("vws-spuk-2025") is shown as its publisher in Dutch; other source texts as they are
  const sourceName = id => {
    const source = sources.find(x => x.id === id);
    return source ? publisherInDutch(source.publisher) : dutchDatesIn(id);
  };
  if (!ctx.isCurrent()) return;
  wait.remove();
  const regionByCode = new Map(ws.regions.map(r => [r.code, r]));
  const vensterByCode = new Map(venster.regions.map(r => [r.code, r]));
  const izaOf = code => base.regionsOf('IZA', code)[0];

  map.paint(code => {
    const region = izaOf(code);
    if (color === 'werkagenda') {
      const status = (regionByCode.get(region) || {}).azwaDeadline?.status || 'unknown';
      return { fill: (DEADLINE[status] || DEADLINE.unknown).fill, cls: `ws-${status}`, regions: [region] };
    }
    const v = vensterByCode.get(region);
    const state = vensterState(v);
    return { fill: VENSTER[state].fill, cls: `vs-${state}${v && v.demo ? ' demo' : ''}`, regions: [region] };
  });
  map.setRegionBorders(code => izaOf(code) || '');
  map.setSecondBorders(null);
  const demoNote = venster.includesDemo ? ' · DEMO-antwoorden (niet echt)' : '';

  const legend = color === 'werkagenda' ? DEADLINE : VENSTER;
  const izaSource = await divisionsSourceLine(base, ['IZA']);
  if (!ctx.isCurrent()) return;
  const deadlineSource = ws.regions[0]?.azwaDeadline.source;
  // the deadline's source as a short Dutch line: its web address stays in the technical detail (/api/werkstructuur)
  const deadlineSourceDate = ws.deadlines.find(d => d.source === deadlineSource)?.sourceDate;
  const deadlineSourceText = deadlineSource ? `${sourceName(deadlineSource).replace(/,?\s*https?:\/\/\S+/g, '').replace(/\bversion\b/g, 'versie')}${
    deadlineSourceDate ? `, ${fmtDate(deadlineSourceDate)}` : ''}` : 'onbekend';
  map.setTitle(color === 'werkagenda' ? 'Werkagenda AZWA: deadline ' + fmtDate(ws.regions[0]?.azwaDeadline.deadline)
    : `Venster op de samenwerking ${venster.year}`,
  color === 'werkagenda' ? 'Groen op tijd · rood te laat · oranje nog open · grijs onbekend'
    : `Rood: gesprek nodig · groen: geen verschil · grijs: geen antwoorden${demoNote}`, [color === 'werkagenda'
    ? `Bron deadline: ${deadlineSourceText} · stand op ${fmtDate(ws.today)}`
    : `Bron: venster-antwoorden ${venster.year}${venster.includesDemo ? ' (deels DEMO, niet echt)' : ''} · stand op ${fmtDate(ws.today)}`,
  ...izaSource.map(line => line.replace(/^Bron: /, "Bron IZA-regio's: "))]);
  labelDivision(map, base, 'IZA');
  map.setExportLegend([...Object.values(legend).map(l => ({ text: l.label, colour: l.fill })),
    { text: "grenzen IZA-regio's", line: '#2b3a4a' }]);
  html(results, `<p class="note legend">${Object.values(legend).map(l => `<span class="swatch" style="background:${l.fill}"></span>${esc(l.label)}`).join(' ')}</p>`);
  if (venster.includesDemo) {
    html(results, `<p class="demo-label" id="ws-demo-label"><strong>DEMO</strong>: de venster-antwoorden van ${fmtInt(venster.national.demoRegions)}
      regio's zijn gegenereerd en niet echt. Echte antwoorden komen binnen via de import.</p>`);
  }

  const attention = ws.regions.filter(r => r.azwaDeadline.status === 'late' || vensterByCode.get(r.code)?.needsConversation);
  renderTable(results, [
    { label: 'Regio', value: r => r.name },
    { label: 'Werkagenda AZWA', value: r => deadlineText(r.azwaDeadline) },
    { label: `Venster ${venster.year}: gesprek nodig`, head: 'Gesprek nodig', value: r => divergentText(vensterByCode.get(r.code)) },
    { label: 'DEMO', value: r => (vensterByCode.get(r.code)?.demo ? 'DEMO' : ''), html: r => (vensterByCode.get(r.code)?.demo ? '<span class="demo-tag">DEMO</span>' : '') },
  ], attention, {
    caption: 'Gesprek nodig of te laat met de werkagenda', filename: 'regiograaf-werkstructuur-aandacht.csv', className: 'ws-attention',
    rowKey: r => r.code, selected: params.region, onRowClick: r => navigate({ region: r.code }),
  });

  renderTable(results, [
    { label: 'Regio', value: r => r.name },
    { label: 'Mandaatgemeente', value: r => r.mandaatgemeente.name },
    { label: 'Werkagenda AZWA', head: 'Werkagenda', value: r => deadlineText(r.azwaDeadline) },
    { label: 'Regioplan', value: r => r.documents.find(d => d.document === 'regioplan')?.status || 'onbekend' },
    { label: 'Venster compleet', head: 'Compleet', value: r => { const v = vensterByCode.get(r.code); return !v || !v.answered ? '–' : v.complete ? 'ja' : `nee (${v.missingFinanciers.join(', ')})`; } },
    { label: 'Gesprek nodig', value: r => divergentText(vensterByCode.get(r.code)) },
    { label: 'SPUK IZA 2026 (echt)', head: 'SPUK IZA 2026', value: r => r.money.spukIza.eur2026, html: r => fmtEuro(r.money.spukIza.eur2026), num: true },
    { label: 'AZWA 2027 (raming)', head: 'AZWA 2027 (raming)', value: r => r.money.azwaEstimate.years[0]?.total, html: r => `<em>${fmtEuro(r.money.azwaEstimate.years[0]?.total)}</em>`, num: true },
  ], ws.regions, {
    caption: "Alle IZA/AZWA-regio's", filename: 'regiograaf-werkstructuur.csv', className: 'ws-regions',
    rowKey: r => r.code, selected: params.region, onRowClick: r => navigate({ region: r.code }),
  });

  // The region asked for, else the IZA/AZWA region of the focus (a municipality clicked on the map, or the region itself).
  const chosen = regionByCode.get(params.region) || regionByCode.get(params.focus) || (params.focus ? regionByCode.get(izaOf(params.focus)) : null);
  if (chosen) regionDetail(results, chosen, vensterByCode.get(chosen.code), venster, norm.regions.find(x => x.code === chosen.code), sourceName);
}

function regionDetail(results, r, v, venster, normRegion, sourceName) {
  const section = document.createElement('section');
  section.className = 'ws-region';
  section.id = 'ws-region';
  section.dataset.code = r.code;
  results.appendChild(section);
  html(section, `<h3>${esc(r.name)} <small class="muted">${countOf(r.members.length, 'gemeente', 'gemeenten')}, ${fmtInt(r.population)} inwoners</small></h3>
    <p>Mandaatgemeente: <strong>${esc(r.mandaatgemeente.name)}</strong>${r.mandaatgemeente.publicBody ? ' (openbaar lichaam, geen gemeente)' : ''}
    <small class="muted">bron: ${esc(sourceName(r.mandaatgemeente.source))}, peildatum ${esc(fmtDate(r.mandaatgemeente.referenceDate))}</small></p>
    <p><a class="ws-network" href="#/network?focus=${encodeURIComponent(r.code)}&depth=1">Rollen als netwerk</a>
    <small class="muted">(mandaatgemeente, GGD's, zorgkantoren en een ingelezen preferente zorgverzekeraar)</small></p>`);

  if (normRegion) {
    html(section, `<p class="ws-norm" data-without="${normRegion.municipalitiesWithoutPoint}">AZWA-norm (minstens één laagdrempelig
      steunpunt per gemeente): <strong>${fmtInt(normRegion.municipalitiesWithoutPoint)} van ${fmtInt(normRegion.municipalities)}
      gemeenten</strong> nog zonder steunpunt (${fmtInt(normRegion.populationWithoutPoint)} inwoners), volgens de echte
      maar onvolledige lijst van steunpunten; zie <a href="#/coverage?criterion=municipality&by=IZA">Dekking</a>.</p>`);
  }

  renderTable(section, [
    { label: 'Rol', value: x => (x.topic && x.role === 'trekker' ? `trekker: ${x.topic}` : x.role) },
    { label: 'Organisatie', value: x => x.organisation || (x.known ? '' : 'onbekend') },
    { label: 'Persoon', value: x => x.person || '' },
    { label: 'Sinds', value: x => x.since, html: x => `${esc(fmtDate(x.since))}${x.old ? ' <span class="old-tag" title="aanwijzing ouder dan vijf jaar: de huidige houder kan anders zijn">oud</span>' : ''}` },
    { label: 'Bron', value: x => sourceName(x.source) },
  ], r.roles, { caption: 'Rollen', filename: `regiograaf-${r.code.toLowerCase()}-rollen.csv`, className: 'ws-roles' });

  html(section, `<h4>Documenten en deadline</h4><ul class="ws-documents">${r.documents.map(d => `<li data-document="${esc(d.document)}">
    ${esc(DOCUMENT[d.document] || d.document)}: <strong>${esc(d.status)}</strong>${d.date ? ` (${esc(fmtDate(d.date))})` : ''}${d.url ? ` <a href="${esc(d.url)}" rel="noopener">document</a>` : ''}</li>`).join('')}</ul>
    <p class="ws-deadline" data-status="${esc(r.azwaDeadline.status)}">Werkagenda AZWA vaststellen uiterlijk ${esc(fmtDate(r.azwaDeadline.deadline))}:
    <strong>${esc(deadlineText(r.azwaDeadline))}</strong></p>`);

  // The venster as a 3 × 3 grid; the question with answers 2 or more points apart is marked.
  const divergent = new Set((v?.divergent || []).map(d => d.question));
  const head = venster.questions.map(q => `<th scope="col" class="${divergent.has(q) ? 'divergent' : ''}" data-question="${esc(q)}">${esc(QUESTION[q] || q)}${divergent.has(q) ? ' ⚠' : ''}</th>`).join('');
  const rows = venster.financiers.map(f => `<tr><th scope="row">${esc(FINANCIER[f] || f)}</th>${venster.questions.map(q => {
    const a = v?.answers?.[f]?.[q];
    return `<td class="${divergent.has(q) ? 'divergent' : ''}" data-financier="${esc(f)}" data-question="${esc(q)}">${a == null ? '–' : esc(a)}</td>`;
  }).join('')}</tr>`).join('');
  html(section, `<h4>Venster op de samenwerking ${esc(venster.year)}${v?.demo ? ' <span class="demo-tag">DEMO</span>' : ''}</h4>
    <table class="venster-grid"><thead><tr><td></td>${head}</tr></thead><tbody>${rows}</tbody></table>
    <p class="note">Schaal: ${esc(venster.scale)}. ${divergent.size ? '⚠ Antwoorden lopen 2 punten of meer uiteen: de regio moet het gesprek voeren.' : ''}
    ${v && v.answered && !v.complete ? `Niet (volledig) beantwoord door: ${esc(v.missingFinanciers.join(', '))}.` : ''}${v && !v.answered ? 'Geen antwoorden.' : ''}</p>`);

  renderTable(section, [
    { label: 'GGD', value: g => g.name },
    { label: 'Gemeenten gedeeld', head: 'Gedeeld', value: g => `${g.shared.length} van ${g.members}` },
    { label: 'Congruent', value: g => (g.congruent ? 'ja' : 'nee'), html: g => (g.congruent ? 'ja' : '<strong>nee</strong>') },
    { label: 'Gedeelde gemeenten', value: g => g.shared.map(m => m.name).join(', ') },
  ], r.ggd, { caption: "GGD's waarmee de regio samenwerkt (niet-congruente eerst)", filename: `regiograaf-${r.code.toLowerCase()}-ggd.csv`, className: 'ws-ggd' });

  const spuk = r.money.spukIza;
  const estimate = r.money.azwaEstimate;
  html(section, `<h4>Geld</h4><table class="ws-money"><tbody>
    <tr class="real"><th scope="row">SPUK IZA 2025 (echt)</th><td class="num">${fmtEuro(spuk.eur2025)}</td></tr>
    <tr class="real"><th scope="row">SPUK IZA 2026 (echt)</th><td class="num">${fmtEuro(spuk.eur2026)}</td></tr>
    ${estimate.years.map(y => `<tr class="raming"><th scope="row">AZWA ${esc(y.year)} (raming)</th><td class="num"><em>${fmtEuro(y.total)}</em>
      <small class="muted">regionaal ${fmtEuro(y.regional)}, lokaal ${fmtEuro(y.local)}</small></td></tr>`).join('')}
    </tbody></table>
    <p class="note">Echt: bedragen zoals VWS ze publiceerde (${esc(sourceName(spuk.source))}). <em>Raming</em>: ${esc(estimate.method)} Bron: ${esc(sourceName(estimate.source))}.</p>`);
}
