// Kaart: municipalities coloured by one division, the borders of a second division on top.
import { esc, fmtDate, fmtInt } from '../format.js';
import { renderTable } from '../table.js';
import { html, kindOptions, select } from '../ui.js';

export async function render(ctx) {
  const { base, map, params, navigate, controls, results } = ctx;
  const kind = params.color;
  const second = params.borders || '';
  const form = document.createElement('div');
  form.className = 'form-row';
  controls.appendChild(form);
  select(form, { id: 'color-kind', label: 'Kleur naar indeling', options: kindOptions(undefined, base), value: kind,
    onChange: v => navigate({ color: v }) });
  select(form, { id: 'border-kind', label: 'Grenzen van tweede indeling', options: kindOptions('geen', base), value: second,
    onChange: v => navigate({ borders: v }) });

  paintDivision(ctx, kind, second);
  map.setTitle(base.divisionLabel(kind), second ? `Gestippeld: grenzen ${base.divisionLabel(second)}` : '');
  const division = base.division(kind) || {};
  const regions = base.regions(kind);
  // Every region's population comes from the same CBS table; the answer names it per region.
  const populationDates = [...new Set(regions.map(r => r.populationDate))];
  html(results, `<p class="note">${fmtInt(base.municipalities.length)} gemeenten, ${fmtInt(regions.length)} regio's.
    Indeling: peildatum ${esc(fmtDate(division.referenceDate))}. Inwoners: peildatum <span data-fact="population-date">${esc(populationDates.map(fmtDate).join(', '))}</span>.
    Beweeg over de kaart voor de regio's van een gemeente; klik voor het profiel.</p>`);

  renderTable(results, [
    { label: 'Regio', value: r => r.name, html: r => `<span class="swatch" style="background:${map.colourOfRegion(kind, r.code)}"></span>${esc(r.name)}` },
    { label: 'Code', value: r => r.code, csvOnly: true },
    { label: 'Gemeenten', value: r => r.members, html: r => fmtInt(r.members), num: true },
    { label: 'Inwoners', value: r => r.population, html: r => fmtInt(r.population), num: true },
  ], regions, {
    caption: base.divisionLabel(kind), filename: `regiograaf-${kind.toLowerCase()}-regios.csv`,
    rowKey: r => r.code, selected: params.focus, onRowClick: r => navigate({ focus: r.code }),
  });
}

/** Shared by the views that show a division: fill per region, region borders, optional second division. */
export function paintDivision(ctx, kind, second, extra) {
  const { base, map } = ctx;
  const regionsOf = code => base.regionsOf(kind, code);
  const fill = map.divisionFill(kind, regionsOf);
  map.paint(code => {
    const style = fill(code);
    const more = extra ? extra(code) : null;
    return more ? { ...style, ...more, cls: [style.cls, more.cls].filter(Boolean).join(' ') } : style;
  });
  map.setRegionBorders(code => regionsOf(code).join('+'));
  map.setSecondBorders(second ? code => base.regionsOf(second, code).join('+') : null);
}
