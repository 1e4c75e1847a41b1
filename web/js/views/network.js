// Netwerk: the graph around the focus (/api/graph), laid out with d3-force; click a node to refocus.
/* global d3 */
import { getJson, query } from '../api.js';
import { esc, hospitalName, kindLabel as nationalKindLabel, kindOfCode } from '../format.js';
import { renderTable } from '../table.js';
import { html, loading, select } from '../ui.js';
import { divisionsSourceLine } from './map.js';

const KIND_COLOURS = {
  MUNICIPALITY: '#6b7a8f', GGD: '#1b9e77', VR: '#d95f02', ZK: '#7570b3', ROAZ: '#e7298a', IZA: '#66a61e',
  PROVINCE: '#e6ab02', INSURER: '#a6761d', HOSPITAL: '#e31a1c', SUPPORTPOINT: '#1f78b4', KETENAANPAK: '#b15928',
};
const FALLBACK = d3.schemeTableau10;

/** The API's link types (/api/graph links[].type) as the page says them. */
const LINK_LABELS = {
  MEMBER_OF: 'lid van', BORDERS: 'grenst aan', TRAUMA_CENTRE_FOR: 'traumacentrum van', HOLDS_CONCESSION: 'concessiehouder van',
  MANDAATGEMEENTE: 'mandaatgemeente', WORKS_WITH_GGD: 'werkt samen met GGD', ZORGKANTOOR: 'zorgkantoor',
  PREFERRED_INSURER: 'preferente zorgverzekeraar',
};

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
  const nodes = graph.nodes.map(n => ({ ...n, key: base.division(n.kind) ? n.kind : kindKey(n) }));
  // an own division's kind is named as the page names it elsewhere: "<name> (eigen indeling)"
  const kindLabel = key => (base.division(key)?.own ? base.divisionLabel(key) : nationalKindLabel(key));
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
    // room for the name beside each node, so names can be placed without overlap
    .force('collide', d3.forceCollide(n => Math.max(30, n.shown.length * 3.6)))
    .force('x', d3.forceX(0).strength(0.05 / Math.sqrt(aspect)))
    .force('y', d3.forceY(0).strength(0.05 * Math.sqrt(aspect)))
    .stop();
  const focusNode = nodes.find(n => n.id === focus);
  if (focusNode) { focusNode.fx = 0; focusNode.fy = 0; }
  for (let i = 0; i < 320; i++) simulation.tick();

  // The drawing uses the stage's own pixels, so a 12 px label is 12 px on screen; the layout is scaled to the stage
  // (not the text), and zooming only enlarges.
  const margin = 24;
  const [minX, maxX] = d3.extent(nodes, n => n.x);
  const [minY, maxY] = d3.extent(nodes, n => n.y);
  const fit = Math.min(2, (stageWidth - 2 * margin) / Math.max(1, maxX - minX), (stageHeight - 2 * margin) / Math.max(1, maxY - minY));
  const offsetX = (stageWidth - (maxX - minX) * fit) / 2;
  const offsetY = (stageHeight - (maxY - minY) * fit) / 2;
  for (const n of nodes) { n.x = offsetX + (n.x - minX) * fit; n.y = offsetY + (n.y - minY) * fit; }

  const svg = d3.select(container).append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${stageWidth} ${stageHeight}`)
    .attr('role', 'img')
    .attr('aria-label', `Netwerk rond ${base.nameOf(focus)}`);
  svg.append('style').text(`
    .link { stroke: #9aa5b1; stroke-width: 1.2; }
    .node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
    .node.focus circle { stroke: #000; stroke-width: 3; }
    .node .leader { stroke: #555; stroke-width: .8; stroke-dasharray: 2 2; pointer-events: none; }
    .node text { font: 12px system-ui, sans-serif; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
    .node.focus text { font-weight: 700; font-size: 14px; }
    .export-legend { display: none; }
    .export-legend .map-title { font: 600 18px system-ui, sans-serif; fill: #222; }
    .export-legend text { font: 12px system-ui, sans-serif; fill: #222; }
    .export-legend .map-source { fill: #444; }`);
  const root = svg.append('g');
  root.append('g').selectAll('line').data(links).join('line').attr('class', 'link')
    .attr('x1', l => l.source.x).attr('y1', l => l.source.y).attr('x2', l => l.target.x).attr('y2', l => l.target.y)
    .append('title').text(l => LINK_LABELS[l.type] || l.type || '');
  const radius = n => (n.id === focus ? 13 : n.key === 'MUNICIPALITY' ? 7 : 10);
  const node = root.append('g').selectAll('g').data(nodes).join('g')
    .attr('class', n => `node${n.id === focus ? ' focus' : ''}`)
    .attr('data-id', n => n.id)
    .attr('transform', n => `translate(${n.x},${n.y})`);
  node.append('circle').attr('r', radius).attr('fill', n => colour(n.key));
  node.append('title').text(n => `${n.shown} (${kindLabel(n.key)})`);
  placeLabels(node, nodes, links, radius, focus, stageWidth, stageHeight);
  node.on('click', (event, n) => { if (kindOfCode(n.id)) navigate({ focus: n.id }); });
  svg.call(d3.zoom().scaleExtent([1, 6]).filter(e => e.type === 'wheel' || (e.type === 'mousedown' && e.button === 0))
    .on('zoom', e => root.attr('transform', e.transform))).style('touch-action', 'auto');
  const unlabelled = nodes.length - node.selectAll('text').size();
  const sourceLines = await networkSources(base, kinds);
  if (!ctx.isCurrent()) return;
  exportCaption(svg, stageWidth, stageHeight, `Netwerk rond ${base.nameOf(focus)} (${depth === '1' ? '1 stap' : '2 stappen'})`,
    kinds.map(k => ({ text: kindLabel(k), colour: colour(k) })), sourceLines);

  html(results, `<ul class="legend">${kinds.map(k => `<li><span class="swatch round" style="background:${colour(k)}"></span>${esc(kindLabel(k))}</li>`).join('')}</ul>`);
  renderTable(results, [
    { label: 'Naam', value: n => hospitalName(n.label), html: n => (kindOfCode(n.id) ? `<a href="#" class="focus-link" data-focus="${esc(n.id)}">${esc(n.label)}</a>` : esc(hospitalName(n.label))) },
    { label: 'Soort', value: n => kindLabel(n.key) },
    // Hospitals and insurers have internal ids (HOSPITAL:…), not codes anyone uses: only real codes are shown.
    { label: 'Code', value: n => (kindOfCode(n.id) ? n.id : '') },
  ], [...nodes].sort((a, b) => kinds.indexOf(a.key) - kinds.indexOf(b.key) || String(a.label).localeCompare(String(b.label))), {
    caption: 'Knopen', filename: `regiograaf-netwerk-${focus}.csv`.toLowerCase(), rowKey: n => n.id, selected: focus,
  });
  if (unlabelled) html(results, `<p class="note">${unlabelled} van ${nodes.length} namen passen niet zonder overlap in het netwerk: wijs een knoop aan of zie de tabel.</p>`);
  if (graph.truncated) html(results, '<p class="warning">Let op: het netwerk is afgekapt (te veel knopen).</p>');
}

const CAPTION_WIDTH = 400;

/**
 * Title, legend of the node kinds and the source lines right of the graph: hidden on screen (the page shows them
 * around the graph), shown in SVG/PNG exports, which widen to data-export-width (export.js), like the map's legend.
 */
function exportCaption(svg, width, height, title, entries, sourceLines) {
  const g = svg.append('g').attr('class', 'export-legend');
  const x = width + 16;
  g.append('text').attr('class', 'map-title').attr('x', x).attr('y', 28).text(title);
  entries.forEach(({ text, colour }, i) => {
    g.append('circle').attr('cx', x + 6).attr('cy', 52 + 20 * i).attr('r', 6).attr('fill', colour);
    g.append('text').attr('class', 'legend-entry').attr('x', x + 18).attr('y', 56 + 20 * i).text(text);
  });
  const lines = sourceLines.flatMap(line => wrap(line, 62));
  lines.forEach((line, i) => g.append('text').attr('class', 'map-source').attr('x', x)
    .attr('y', Math.max(72 + 20 * entries.length, height - 12) - 16 * (lines.length - 1 - i)).text(line));
  svg.attr('data-export-width', width + CAPTION_WIDTH);
}

/** Text broken at spaces into lines of at most `max` characters (a longer word stays whole). */
function wrap(text, max) {
  const lines = [];
  for (const word of text.split(' ')) {
    if (lines.length && lines[lines.length - 1].length + word.length + 1 <= max) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The sources of what the network draws: each division shown (else every division), with its reference date. */
async function networkSources(base, kinds) {
  const divisions = kinds.filter(k => base.division(k));
  return divisionsSourceLine(base, divisions.length ? divisions : base.kinds);
}

/**
 * Names next to their nodes without any two overlapping, nor covering another node: the focus first, then regions
 * and other organisations, then municipalities (most connected first); each tries right, left, above and below its
 * node and is left out when all four are taken (the node keeps its tooltip and its row in the table).
 */
function placeLabels(node, nodes, links, radius, focus, width, height) {
  const degree = new Map();
  for (const l of links) for (const end of [l.source.id, l.target.id]) degree.set(end, (degree.get(end) || 0) + 1);
  const rank = n => (n.id === focus ? 0 : n.key === 'MUNICIPALITY' ? 2 : 1);
  const taken = nodes.map(n => ({ x0: n.x - radius(n), x1: n.x + radius(n), y0: n.y - radius(n), y1: n.y + radius(n), id: n.id }));
  const order = [...nodes].sort((a, b) => rank(a) - rank(b) || (degree.get(b.id) || 0) - (degree.get(a.id) || 0));
  const groupOf = new Map();
  node.each(function (n) { groupOf.set(n.id, this); });
  for (const n of order) {
    const group = d3.select(groupOf.get(n.id));
    const text = group.append('text').text(n.shown);
    const box = text.node().getBBox();
    const w = box.width || n.shown.length * 7;
    const h = box.height || 15;
    const r = radius(n) + 3;
    // [x, y] of the text's start (baseline) relative to the node, and its anchor
    // right, left, above, below; then the same a line higher or lower, then diagonally
    const spots = [[r, h * 0.3, 'start'], [-r, h * 0.3, 'end'], [0, -r - h * 0.25, 'middle'], [0, r + h * 0.75, 'middle'],
      [r, h * 0.3 - h, 'start'], [r, h * 0.3 + h, 'start'], [-r, h * 0.3 - h, 'end'], [-r, h * 0.3 + h, 'end'],
      [r * 0.7, -r * 0.7 - h * 0.2, 'start'], [-r * 0.7, -r * 0.7 - h * 0.2, 'end'], [r * 0.7, r * 0.7 + h * 0.7, 'start'],
      [-r * 0.7, r * 0.7 + h * 0.7, 'end']];
    const boxOf = ([dx, dy, anchor]) => {
      const x0 = n.x + dx - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
      return { x0, x1: x0 + w, y0: n.y + dy - h * 0.8, y1: n.y + dy + h * 0.2 };
    };
    // the focus's name goes first and right beside it, even over a neighbouring node
    const blocking = n.id === focus ? [] : taken;
    const free = b => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height
      && !blocking.some(o => o.id !== n.id && b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
    let spot = spots.find(p => free(boxOf(p)));
    let leader = false;
    // No room beside the node: further out around it, tied to it by a thin line.
    for (let d = r + 12; !spot && d <= r + 48; d += 12) {
      for (let a = 0; a < 16 && !spot; a++) {
        const angle = (a / 16) * 2 * Math.PI;
        const dx = Math.cos(angle) * d;
        const dy = Math.sin(angle) * d;
        const p = [dx, dy + h * 0.3, Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end'];
        if (free(boxOf(p))) { spot = p; leader = true; }
      }
    }
    if (!spot) { text.remove(); continue; }
    text.attr('x', spot[0]).attr('y', spot[1]).attr('text-anchor', spot[2]);
    if (leader) {
      group.insert('line', 'circle').attr('class', 'leader').attr('x1', 0).attr('y1', 0)
        .attr('x2', spot[0]).attr('y2', spot[1] - h * 0.3);
    }
    taken.push({ ...boxOf(spot), id: `label ${n.id}` });
  }
}
