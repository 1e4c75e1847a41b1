// Dutch formatting and labels. Formatting only: every figure comes from the API.

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export const KINDS = ['GGD', 'VR', 'ZK', 'ROAZ', 'IZA', 'PROVINCE'];

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
