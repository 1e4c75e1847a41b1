// Tables with a CSV export of exactly what they show.
import { esc } from './format.js';

/**
 * Renders a table into container.
 * columns: [{label, value: row → raw value (CSV), html?: row → display HTML, cls?: row → class, num?: bool,
 *            head?: shorter header on screen (label stays the CSV header and the tooltip),
 *            csvOnly?: bool (in the CSV, not on screen), screenOnly?: bool (on screen, not in the CSV)}]
 * options: {caption, filename, rowKey: row → key, selected: key, onRowClick: row → void, rowClass: row → class,
 *           note: HTML above the table, className: class of the table}
 */
export function renderTable(container, columns, rows, options = {}) {
  const { caption, filename = 'regiograaf.csv', rowKey, selected, onRowClick, rowClass, note, className } = options;
  const wrap = document.createElement('div');
  wrap.className = 'table-block';
  const head = document.createElement('div');
  head.className = 'table-head';
  head.innerHTML = `<h3>${esc(caption || '')} <span class="count">(${rows.length})</span></h3>`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'small';
  button.textContent = 'CSV';
  button.title = `Download deze tabel als CSV (${filename})`;
  button.setAttribute('aria-label', `Download tabel ${caption || ''} als CSV`);
  button.addEventListener('click', () => downloadCsv(filename, columns, rows));
  head.appendChild(button);
  wrap.appendChild(head);
  if (note) {
    const p = document.createElement('p');
    p.className = 'note';
    p.innerHTML = note;
    wrap.appendChild(p);
  }

  const scroller = document.createElement('div');
  scroller.className = 'table-scroll';
  const table = document.createElement('table');
  if (className) table.className = className;
  const thead = table.createTHead().insertRow();
  const shown = columns.filter(c => !c.csvOnly);
  for (const c of shown) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c.head || c.label;
    if (c.head) th.title = c.label;
    if (c.num) th.className = 'num';
    thead.appendChild(th);
  }
  const tbody = table.createTBody();
  for (const row of rows) {
    const tr = tbody.insertRow();
    const key = rowKey ? rowKey(row) : null;
    if (key != null) tr.dataset.key = key;
    if (rowClass) { const cls = rowClass(row); if (cls) tr.className = cls; }
    if (key != null && key === selected) { tr.classList.add('selected'); tr.setAttribute('aria-selected', 'true'); }
    for (const c of shown) {
      const td = tr.insertCell();
      const html = c.html ? c.html(row) : esc(c.value(row) ?? '');
      td.innerHTML = html;
      const cls = [c.num ? 'num' : '', c.cls ? c.cls(row) || '' : ''].join(' ').trim();
      if (cls) td.className = cls;
    }
    if (onRowClick) {
      tr.tabIndex = 0;
      tr.classList.add('clickable');
      tr.addEventListener('click', event => { if (!event.target.closest('a,button')) onRowClick(row); });
      tr.addEventListener('keydown', event => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onRowClick(row); }
      });
    }
  }
  scroller.appendChild(table);
  wrap.appendChild(scroller);
  container.appendChild(wrap);
  const chosen = tbody.querySelector('tr.selected');
  if (chosen) requestAnimationFrame(() => revealInPanel(chosen));
  return wrap;
}

/**
 * Dutch spreadsheet CSV: semicolon separated, UTF-8 with BOM, decimal comma. A text cell that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) gets a leading ' (as the server's export does).
 */
export function toCsv(columns, rows) {
  const cell = v => {
    if (v == null) return '';
    let s = typeof v === 'number' ? String(v).replace('.', ',') : Array.isArray(v) ? v.join(', ') : String(v);
    if (typeof v !== 'number' && /^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
    if (/[";\n\r]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
    return s;
  };
  const exported = columns.filter(c => !c.screenOnly);
  const lines = [exported.map(c => cell(c.label)).join(';')];
  for (const row of rows) lines.push(exported.map(c => cell(c.value(row))).join(';'));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(filename, columns, rows) {
  download(filename, new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
}

export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Scrolls a selected row into view inside its own scrolling panel only, never the page (phone layout). */
function revealInPanel(row) {
  const panel = row.closest('.results, .profile');
  if (!panel || getComputedStyle(panel).overflowY !== 'auto' || panel.scrollHeight <= panel.clientHeight) return;
  const top = row.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  if (top < panel.scrollTop || top > panel.scrollTop + panel.clientHeight - 40) panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
}
