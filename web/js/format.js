// Dutch formatting and labels. Formatting only: every figure comes from the API.

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export const KINDS = ['GGD', 'VR', 'ZK', 'ROAZ', 'IZA', 'PROVINCE'];

/** IZA evidence levels in words: [badge, explanation shown next to it]. */
export const EVIDENCE = {
  A_iza_explicit: ['bewijs A', 'een bron noemt de gemeente expliciet bij deze IZA-regio'],
  'B_named_collaboration+sumcheck': ['bewijs B', 'een bron noemt een samenwerking; de SPUK-bedragen kloppen ermee'],
  'C_derived_from_sourced_lists+sumcheck': ['bewijs C', 'gereconstrueerd uit andere lijsten en de SPUK-bedragen; geen document noemt dit lidmaatschap'],
};

const KIND_LABELS = {
  GGD: 'GGD-regio', VR: 'Veiligheidsregio', ZK: 'Zorgkantoorregio', ROAZ: 'ROAZ-regio', IZA: 'IZA-regio',
  PROVINCE: 'Provincie', MUNICIPALITY: 'Gemeente', INSURER: 'Zorgverzekeraar', HOSPITAL: 'Ziekenhuis',
  SUPPORTPOINT: 'Steunpunt', SUPPORT_POINT: 'Steunpunt', KETENAANPAK: 'Ketenaanpak', REGION: 'Regio',
};

export function kindLabel(kind) {
  if (!kind) return '';
  return KIND_LABELS[String(kind).toUpperCase()] || kind;
}

export function fmtInt(n) { return n == null || Number.isNaN(+n) ? '–' : integer.format(n); }
export function fmtKm(n) { return n == null ? '–' : `${decimal.format(n)} km`; }
export function fmtShare(x) { return x == null || Number.isNaN(+x) ? '–' : percent.format(x); }
export function fmtEuro(n) { return n == null ? '–' : euro.format(n); }

/** A share (0..1) as a Dutch percentage with the given number of decimals. */
export function fmtPercent(x, digits = 1) {
  if (x == null || Number.isNaN(+x)) return '–';
  return new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** An ISO date (2026-01-01, 2026-01 or 2026) as Dutch text: "1 januari 2026"; anything else unchanged. */
export function fmtDate(iso) {
  if (iso == null || iso === '') return 'onbekend';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(iso));
  // a range with a remark ("2007..2024 (mixed); network names as of 2020 …"): the range in Dutch; the remark stays in
  // the source's technische toelichting
  if (!m) return dutchDatesIn(String(iso).replace(/\s*[(;].*$/, '')) || dutchDatesIn(iso);
  const [, year, month, day] = m;
  if (!month) return year;
  const monthName = MONTHS[+month - 1];
  return day ? `${+day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A share (0..1) as a percentage with one decimal, for CSV columns whose header says %. */
export function percentValue(share) { return share == null ? null : Math.round(share * 1000) / 10; }

/** A hospital named as at the time, with its current name in an English aside: the aside in Dutch. */
export function hospitalName(name) { return String(name).replace(/\(now (.+), location (.+)\)/, '(nu $1, locatie $2)'); }

/** "1 gemeente", "3 gemeenten". */
export function countOf(n, singular, pluralForm) { return `${fmtInt(n)} ${n === 1 ? singular : pluralForm}`; }

/** The division kind a region code belongs to (codes carry their kind: GG…, VR…, ZK…, PV…, ROAZ-…, IZA-…). */
export function kindOfCode(code) {
  if (!code) return null;
  const c = String(code).toUpperCase();
  if (/^GM\d{4}$/.test(c)) return 'MUNICIPALITY';
  if (c.startsWith('ROAZ-')) return 'ROAZ';
  if (c.startsWith('IZA-')) return 'IZA';
  if (/^GG\d+$/.test(c)) return 'GGD';
  if (/^VR\d+$/.test(c)) return 'VR';
  if (/^ZK\d+$/.test(c)) return 'ZK';
  if (/^PV\d+$/.test(c)) return 'PROVINCE';
  return null;
}

/** Escapes text for HTML templates. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);
}

/** A code or name from the varied reference shapes the API uses ({code,name} objects or plain strings). */
export function codeOf(ref) { return ref == null ? null : typeof ref === 'object' ? (ref.code ?? ref.id ?? null) : String(ref); }
export function nameOf(ref) { return ref == null ? '' : typeof ref === 'object' ? (ref.name ?? ref.label ?? ref.code ?? '') : String(ref); }

/** Dutch plural of a division label: GGD-regio → GGD-regio's, Provincie → Provincies. */
export function plural(label) {
  return /[aiouy]$/i.test(label) ? `${label}'s` : `${label}s`;
}

/** The publisher as a short Dutch label; the full (English) record stays in the technical note. */
export function publisherInDutch(publisher) {
  if (/^(derived|Regiograaf)/i.test(publisher)) return 'Regiograaf (afgeleid uit andere bronnen)';
  if (/^compiled/i.test(publisher)) return 'samengesteld uit meerdere bronnen';
  if (/^various/i.test(publisher)) return 'diverse bronnen';
  if (/^hospitals/i.test(publisher)) return 'ziekenhuizen en netwerken acute zorg';
  return publisher.replace(/\s*[(;].*$/, '').replace(/^CBS table /, 'CBS-tabel ');
}

/** Free text with ISO dates in it ("2021-01-01..2023-01-01", "… (2026-04-22)") with the dates written in Dutch. */
export function dutchDatesIn(text) {
  return String(text ?? '').replace(/\b\d{4}-\d{2}-\d{2}\b/g, iso => fmtDate(iso)).replace(/(\d{4}) ?\.\. ?(\d)/g, '$1 tot $2');
}
