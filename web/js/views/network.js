// Netwerk: the graph around the focus (/api/graph), laid out with d3-force; click a node to refocus.
/* global d3 */
import { getJson, query } from '../api.js';
import { esc, hospitalName, kindLabel, kindOfCode } from '../format.js';
import { renderTable } from '../table.js';
import { html, loading, select } from '../ui.js';

const KIND_COLOURS = {
  MUNICIPALITY: '#6b7a8f', GGD: '#1b9e77', VR: '#d95f02', ZK: '#7570b3', ROAZ: '#e7298a', IZA: '#66a61e',
  PROVINCE: '#e6ab02', INSURER: '#a6761d', HOSPITAL: '#e31a1c', SUPPORTPOINT: '#1f78b4', KETENAANPAK: '#b15928',
};
const FALLBACK = d3.schemeTableau10;

/** "Gemeente" → "gemeente", but "GGD-regio" stays. */
const lowerFirst = text => (/^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

function kindKey(node) {
  const k = String(node.kind || '').toUpperCase().replace(/[^A-Z]/g, '');
  if (KIND_COLOURS[k]) return k;
  return kindOfCode(node.id) || k || 'ONBEKEND';
}

export async function render(ctx) {
  const { base, params, navigate, controls, results } = ctx;
  const focus = params.focus;
  const depth = params.depth === '2' ? '2' : '1';
  html(controls, `<p class="field-text">Netwerk rond <strong>${esc(base.nameOf(focus))}</strong> <span class="muted">(${esc(focus)})</span>.
    Klik op een knoop of zoek hierboven om te verspringen.</p>`);
  select(controls, { id: 'network-depth', label: 'Diepte', options: [['1', '1 stap'], ['2', '2 stappen']], value: depth,
    onChange: v => navigate({ depth: v }) });

  const container = document.getElementById('network');
  container.replaceChildren();
  const wait = loading(container, 'Netwerk laden…');
  let graph;
  try {
    graph = await getJson(query('/api/graph', { focus, depth }));
  } finally {
    wait.remove();
  }
  if (!ctx.isCurrent()) return;
  const nodes = graph.nodes.map(n => ({ ...n, key: kindKey(n) }));
  // Same-named nodes (Amsterdam the municipality, the GGD region, the zorgkantoor region) are told apart by kind.
  const labelCount = new Map();
  for (const n of nodes) labelCount.set(n.label, (labelCount.get(n.label) || 0) + 1);
  for (const n of nodes) n.shown = hospitalName(labelCount.get(n.label) > 1 ? `${n.label} (${lowerFirst(kindLabel(n.key))})` : n.label);
  const ids = new Set(nodes.map(n => n.id));
  const links = graph.links.filter(l => ids.has(l.source) && ids.has(l.target)).map(l => ({ ...l }));
  const kinds = [...new Set(nodes.map(n => n.key))];
  const colour = key => KIND_COLOURS[key] || FALLBACK[kinds.indexOf(key) % FALLBACK.length];

  // Spread the layout to the shape of the stage: a wide stage pulls harder vertically.
  const stageWidth = container.clientWidth || 800;
  const stageHeight = container.clientHeight || 600;
  const aspect = Math.max(0.4, Math.min(2.5, stageWidth / stageHeight));
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id(n => n.id).distance(l => (l.source.id === focus || l.target.id === focus ? 150 : 80)))
    .force('charge', d3.forceManyBody().strength(-520))
    .force('collide', d3.forceCollide(30))
    .force('x', d3.forceX(0).strength(0.05 / Math.sqrt(aspect)))
    .force('y', d3.forceY(0).strength(0.05 * Math.sqrt(aspect)))
    .stop();
  const focusNode = nodes.find(n => n.id === focus);
  if (focusNode) { focusNode.fx = 0; focusNode.fy = 0; }
  for (let i = 0; i < 320; i++) simulation.tick();

  const svg = d3.select(container).append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('role', 'img')
    .attr('aria-label', `Netwerk rond ${base.nameOf(focus)}`);
  svg.append('style').text(`
    .link { stroke: #9aa5b1; stroke-width: 1.2; }
    .node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
    .node.focus circle { stroke: #000; stroke-width: 3; }
    .node text { font: 12px system-ui, sans-serif; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
    .node.focus text { font-weight: 700; font-size: 14px; }`);
  const root = svg.append('g');
  root.append('g').selectAll('line').data(links).join('line').attr('class', 'link')
    .attr('x1', l => l.source.x).attr('y1', l => l.source.y).attr('x2', l => l.target.x).attr('y2', l => l.target.y)
    .append('title').text(l => l.type || '');
  const showAllLabels = nodes.length <= 70;
  const node = root.append('g').selectAll('g').data(nodes).join('g')
    .attr('class', n => `node${n.id === focus ? ' focus' : ''}`)
    .attr('data-id', n => n.id)
    .attr('transform', n => `translate(${n.x},${n.y})`);
  node.append('circle').attr('r', n => (n.id === focus ? 13 : n.key === 'MUNICIPALITY' ? 7 : 10)).attr('fill', n => colour(n.key));
  node.append('title').text(n => `${n.label} (${kindLabel(n.key)})`);
  node.filter(n => showAllLabels || n.id === focus || n.key !== 'MUNICIPALITY')
    .append('text').attr('x', 14).attr('y', 4).text(n => n.shown);
  node.on('click', (event, n) => { if (kindOfCode(n.id)) navigate({ focus: n.id }); });
  // Fit the drawing, labels included, to the stage.
  const box = root.node().getBBox();
  const pad = 16;
  svg.attr('viewBox', `${box.x - pad} ${box.y - pad} ${box.width + 2 * pad} ${box.height + 2 * pad}`);
  svg.call(d3.zoom().scaleExtent([0.3, 6]).filter(e => e.type === 'wheel' || (e.type === 'mousedown' && e.button === 0))
    .on('zoom', e => root.attr('transform', e.transform))).style('touch-action', 'auto');

  html(results, `<ul class="legend">${kinds.map(k => `<li><span class="swatch round" style="background:${colour(k)}"></span>${esc(kindLabel(k))}</li>`).join('')}</ul>`);
  renderTable(results, [
    { label: 'Naam', value: n => n.label, html: n => (kindOfCode(n.id) ? `<a href="#" class="focus-link" data-focus="${esc(n.id)}">${esc(n.label)}</a>` : esc(n.label)) },
    { label: 'Soort', value: n => kindLabel(n.key) },
    // Hospitals and insurers have internal ids (HOSPITAL:…), not codes anyone uses: only real codes are shown.
    { label: 'Code', value: n => (kindOfCode(n.id) ? n.id : '') },
  ], [...nodes].sort((a, b) => kinds.indexOf(a.key) - kinds.indexOf(b.key) || String(a.label).localeCompare(String(b.label))), {
    caption: 'Knopen', filename: `regiograaf-netwerk-${focus}.csv`.toLowerCase(), rowKey: n => n.id, selected: focus,
  });
  if (graph.truncated) html(results, '<p class="warning">Let op: het netwerk is afgekapt (te veel knopen).</p>');
}
