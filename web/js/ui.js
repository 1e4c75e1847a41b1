// Small DOM helpers shared by the views: labelled controls, loading and error states.
import { esc, KINDS, kindLabel } from './format.js';

let controlSeq = 0;

/** A labelled <select>. options: [[value, label]]. */
export function select(container, { id, label, options, value, onChange }) {
  const field = document.createElement('div');
  field.className = 'field';
  const fieldId = id || `ctl-${++controlSeq}`;
  field.innerHTML = `<label for="${fieldId}">${esc(label)}</label>`;
  const el = document.createElement('select');
  el.id = fieldId;
  el.name = fieldId;
  for (const [v, text] of options) {
    const option = document.createElement('option');
    option.value = v;
    option.textContent = text;
    el.appendChild(option);
  }
  el.value = value ?? '';
  el.addEventListener('change', () => onChange(el.value));
  field.appendChild(el);
  container.appendChild(field);
  return el;
}

/** The national divisions; with {@code base}, the own divisions after them, marked "(eigen indeling)". */
export function kindOptions(withNone, base) {
  const options = KINDS.map(k => [k, kindLabel(k)]);
  if (base) options.push(...base.ownDivisions.map(d => [d.kind, base.divisionLabel(d.kind)]));
  return withNone ? [['', withNone], ...options] : options;
}

export function loading(container, text = 'Laden…') {
  const p = document.createElement('p');
  p.className = 'loading';
  p.setAttribute('role', 'status');
  p.innerHTML = `<span class="spinner" aria-hidden="true"></span> ${esc(text)}`;
  container.appendChild(p);
  return p;
}

/** A clear Dutch message for a failed API call, the technical detail below it, and a retry button. */
export function errorBox(container, error, retry) {
  const box = document.createElement('div');
  box.className = 'error';
  box.setAttribute('role', 'alert');
  const message = error && error.message ? error.message : 'Er ging iets mis.';
  box.innerHTML = `<strong>${esc(message)}</strong>${error && error.technical ? `<small>${esc(error.technical)}</small>` : ''}`;
  if (retry) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.textContent = 'Opnieuw proberen';
    b.addEventListener('click', retry);
    box.appendChild(b);
  }
  container.appendChild(box);
  return box;
}

export function html(container, markup) {
  const div = document.createElement('div');
  div.innerHTML = markup;
  while (div.firstChild) container.appendChild(div.firstChild);
}

/** Link that sets the focus (profile) to a municipality or region code. */
export function focusLink(code, name) {
  return `<a href="#" class="focus-link" data-focus="${esc(code)}">${esc(name || code)}</a>`;
}

/**
 * Where a source can be found (the url field of /api/sources): a web address becomes a link, a path in the repository
 * is shown as such, never as a link. What the record says besides (a mirror, "see the source_url column …", in
 * English) is not shown here: the profile folds the whole field into the source's technische toelichting.
 */
export function sourceLocation(url) {
  const text = String(url || '').trim();
  if (!text) return '<span class="source-where">geen vindplaats vermeld</span>';
  const web = /^https?:\/\/[^\s;,()]+/.exec(text);
  if (web) return `<a class="source-link" href="${esc(web[0])}" rel="noopener" target="_blank">${esc(web[0])}</a>`;
  const path = /^(data|backend|web|cypher|bench)\/[^\s;,()]*/.exec(text);
  if (path) return `<span class="source-where in-repository">in de repository: <code>${esc(path[0])}</code></span>`;
  return '<span class="source-where">vindplaats: zie de technische toelichting</span>';
}
