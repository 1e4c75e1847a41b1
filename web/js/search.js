// Search box over municipalities and regions (/api/search), an accessible combobox.
import { getJson, query } from './api.js';
import { esc, kindLabel } from './format.js';

export function initSearch(input, list, onChoose) {
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const show = markup => {
    list.innerHTML = markup;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const choose = item => {
    close();
    input.value = item.name;
    onChoose(item.code);
  };

  const move = delta => {
    if (!items.length) return;
    active = (active + delta + items.length) % items.length;
    for (const [i, li] of [...list.querySelectorAll('[role=option]')].entries()) {
      li.setAttribute('aria-selected', String(i === active));
      if (i === active) { input.setAttribute('aria-activedescendant', li.id); li.scrollIntoView({ block: 'nearest' }); }
    }
  };

  const run = async q => {
    const mine = ++seq;
    try {
      const answer = await getJson(query('/api/search', { q }));
      if (mine !== seq) return;
      items = answer.slice(0, 15);
      active = -1;
      if (!items.length) { show('<li class="empty">Niets gevonden</li>'); return; }
      show(items.map((item, i) =>
        `<li role="option" id="search-opt-${i}" data-index="${i}" aria-selected="false">${esc(item.name)}`
        + ` <span class="muted">${esc(kindLabel(item.kind))} · ${esc(item.code)}</span></li>`).join(''));
    } catch (error) {
      if (mine !== seq) return;
      items = [];
      show(`<li class="empty error-text">Zoeken lukt niet: ${esc(error.message)}</li>`);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(() => run(q), 180);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
    else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) choose(items[active]);
      else if (items.length) choose(items[0]);
    } else if (event.key === 'Escape') close();
  });
  list.addEventListener('mousedown', event => {
    const li = event.target.closest('[role=option]');
    if (li) { event.preventDefault(); choose(items[+li.dataset.index]); }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
