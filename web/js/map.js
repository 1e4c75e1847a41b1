// The municipality map: 342 SVG paths from the TopoJSON served by /api/geometry/municipalities.
// d3 (d3-geo, d3-zoom) and topojson are classic scripts from WebJars, reached as globals.
/* global d3, topojson */

const WIDTH = 800;
const HEIGHT = 940;
/** The band above the country that holds the title and note: captions never cover a municipality (Wadden). */
const CAPTION_BAND = 100;
/** Source lines sit bottom left, below Zeeland and left of Limburg: about 430 units wide at 13 px. */
const SOURCE_LINE_CHARS = 62;

/** ColorBrewer Set3 (grey swapped for sand, grey means "geen regio"). */
export const PALETTE = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5',
  '#e5c494', '#bc80bd', '#ccebc5', '#ffed6f'];
export const NO_REGION = '#e6e6e6';

/** Neighbouring regions must stay this far apart (CIE76 ΔE) as a deuteranope sees them, where the palette allows. */
const MIN_DEUTAN_DELTA_E = 12;

/** A colour as seen with deuteranopia (Machado, Oliveira & Fernandes 2009, severity 1), in CIE Lab (D65). */
function deutanLab(hex) {
  const lin = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const m = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]];
  const [r, g, b] = m.map(row => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])));
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const f = t => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = xyz.map(f);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const DEUTAN = PALETTE.map(deutanLab);
const deutanDistance = (i, j) => Math.hypot(...DEUTAN[i].map((v, k) => v - DEUTAN[j][k]));

// Lives inside the SVG, so an exported SVG or PNG looks exactly like the page.
const MAP_CSS = `
.muni { stroke: #fff; stroke-width: .5; vector-effect: non-scaling-stroke; cursor: pointer; }
.muni:hover { stroke: #111; stroke-width: 1.5; }
.has-hl .muni:not(.hl) { opacity: .28; }
.muni.muted { opacity: .35; }
.muni.hl { stroke: #111; stroke-width: 1; }
.focus-line { fill: none; stroke: #0b5cad; stroke-width: 3; stroke-dasharray: 7 3; vector-effect: non-scaling-stroke; pointer-events: none; }
.muni.uncovered { fill: #d7301f; }
.muni.covered { fill: #c7e9c0; }
.muni.p-unassigned { fill: #d7301f; }
.muni.p-fragment { fill: #fd8d3c; stroke: #7f2704; stroke-width: 1.2; }
.muni.p-double { stroke: #000; stroke-width: 2.2; }
.muni.ch-moved { stroke: #c00; stroke-width: 2.6; }
.muni.ch-merged { stroke-dasharray: 3 2; stroke: #111; stroke-width: 1.6; }
.muni.ch-moved.ch-merged { stroke: #c00; stroke-width: 2.6; }
.region-borders { fill: none; stroke: #2b3a4a; stroke-width: 1.4; vector-effect: non-scaling-stroke; pointer-events: none; }
.second-borders { fill: none; stroke: #08306b; stroke-width: 2.6; stroke-dasharray: 7 3; vector-effect: non-scaling-stroke; pointer-events: none; }
.outline { fill: none; stroke: #444; stroke-width: 1; vector-effect: non-scaling-stroke; pointer-events: none; }
.pt { fill: #08306b; stroke: #fff; stroke-width: 1; vector-effect: non-scaling-stroke; }
.pt.demo { fill: #fff; stroke: #6a3d9a; stroke-width: 1.6; stroke-dasharray: 2 1.5; }
.pt.approx { opacity: .75; }
.map-title { font: 600 26px system-ui, sans-serif; fill: #222; }
.map-note { font: 17px system-ui, sans-serif; fill: #6a3d9a; }
.map-source { font: 13px system-ui, sans-serif; fill: #444; }
.legend-entry { font: 13px system-ui, sans-serif; fill: #222; }
.export-legend { display: none; }
.region-label { font: 600 11px system-ui, sans-serif; fill: #1d2733; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; pointer-events: none; }
.region-label.lit { fill: #000; font-weight: 800; }
.muni.design-selected { stroke: #000; stroke-width: 2.5; }
`;

export class MunicipalityMap {
  constructor(container, topology, { onSelect, tooltip }) {
    this.container = container;
    this.onSelect = onSelect;
    this.tooltipHtml = tooltip;
    this.topology = topology;
    this.object = topology.objects[Object.keys(topology.objects)[0]];
    this.features = topojson.feature(topology, this.object).features;
    this.codes = this.features.map(f => f.id || f.properties.statcode);
    this.neighbourIndex = topojson.neighbors(this.object.geometries);
    this.colourCache = new Map();

    this.projection = d3.geoMercator().fitExtent([[12, CAPTION_BAND], [WIDTH - 12, HEIGHT - 12]],
      { type: 'FeatureCollection', features: this.features });
    this.path = d3.geoPath(this.projection);

    const svg = d3.select(container).append('svg')
      .attr('xmlns', 'http://www.w3.org/2000/svg')
      .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
      .attr('preserveAspectRatio', 'xMidYMid meet')
      .attr('role', 'img')
      .attr('aria-label', 'Kaart van de gemeenten van Nederland');
    svg.append('style').text(MAP_CSS);
    this.svg = svg;
    this.defs = svg.append('defs');
    this.root = svg.append('g').attr('class', 'root');
    this.muniLayer = this.root.append('g').attr('class', 'munis');
    this.paths = this.muniLayer.selectAll('path').data(this.features).join('path')
      .attr('class', 'muni')
      .attr('d', this.path)
      .attr('data-code', (f, i) => this.codes[i])
      .attr('data-name', f => f.properties.statnaam);
    this.regionBorders = this.root.append('path').attr('class', 'region-borders');
    this.secondBorders = this.root.append('path').attr('class', 'second-borders');
    this.focusLine = this.root.append('path').attr('class', 'focus-line');
    this.root.append('path').attr('class', 'outline')
      .attr('d', this.path(topojson.mesh(topology, this.object, (a, b) => a === b)));
    this.pointLayer = this.root.append('g').attr('class', 'points');
    this.labelLayer = this.root.append('g').attr('class', 'labels');
    this.titleLayer = svg.append('g').attr('class', 'titles');
    // Hidden on screen (the view's table is the legend there); an export shows it and widens its view box (export.js).
    this.legendLayer = svg.append('g').attr('class', 'export-legend');

    this.tooltip = document.getElementById('tooltip');
    this.paths
      .on('mousemove', (event, f) => this.showTooltip(event, f.id))
      .on('mouseleave', () => { this.tooltip.hidden = true; })
      .on('click', (event, f) => this.onSelect(f.id));

    // Mouse: drag and wheel. Touch: one finger pans, two fingers pinch (d3-zoom's touch gestures); the page
    // scrolls by touching outside the map, which on a phone leaves room above and below it.
    this.zoom = d3.zoom().scaleExtent([1, 16])
      .filter(event => event.type === 'wheel' || (event.type === 'mousedown' && event.button === 0) || event.type === 'dblclick'
        || event.type.startsWith('touch'))
      .on('zoom', event => {
        this.root.attr('transform', event.transform);
        // names keep their size on screen while the map grows, so zooming in never makes them overlap
        this.labelLayer.selectAll('text').attr('transform', function () {
          return `translate(${this.dataset.x},${this.dataset.y}) scale(${1 / event.transform.k})`;
        });
      });
    svg.call(this.zoom).on('dblclick.zoom', null);
    svg.style('touch-action', 'none');
  }

  node() { return this.svg.node(); }

  zoomBy(factor) { this.svg.transition().duration(200).call(this.zoom.scaleBy, factor); }
  resetZoom() { this.svg.call(this.zoom.transform, d3.zoomIdentity); }

  /** Zooms so that the given municipalities fill most of the map (a search result: a municipality or a region). */
  zoomTo(codes) {
    const set = new Set(codes);
    const chosen = this.features.filter(f => set.has(f.id));
    if (!chosen.length) return;
    const [[x0, y0], [x1, y1]] = this.path.bounds({ type: 'FeatureCollection', features: chosen });
    const scale = Math.max(1, Math.min(8, 0.8 / Math.max((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT)));
    const transform = d3.zoomIdentity.translate(WIDTH / 2, HEIGHT / 2).scale(scale).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    this.svg.call(this.zoom.transform, transform);
  }

  showTooltip(event, code) {
    const html = this.tooltipHtml(code);
    if (!html) return;
    const box = this.container.getBoundingClientRect();
    this.tooltip.innerHTML = html;
    this.tooltip.hidden = false;
    const tw = this.tooltip.offsetWidth;
    const th = this.tooltip.offsetHeight;
    let x = event.clientX - box.left + 14;
    let y = event.clientY - box.top + 14;
    if (x + tw > box.width) x = Math.max(0, event.clientX - box.left - tw - 14);
    if (y + th > box.height) y = Math.max(0, event.clientY - box.top - th - 14);
    this.tooltip.style.left = `${x}px`;
    this.tooltip.style.top = `${y}px`;
  }

  /**
   * Paints every municipality. styleOf(code) → {fill, cls, regions} (regions: the codes the colour stands for).
   * Resets highlight, focus, points and titles: each view paints its whole state.
   */
  paint(styleOf) {
    this.paths.each((f, i, nodes) => {
      const style = styleOf(f.id) || {};
      const el = nodes[i];
      el.setAttribute('fill', style.fill || NO_REGION);
      el.setAttribute('class', `muni${style.cls ? ` ${style.cls}` : ''}`);
      if (style.regions) el.setAttribute('data-regions', style.regions.join(' '));
      else el.removeAttribute('data-regions');
    });
    this.root.classed('has-hl', false);
    this.focusLine.attr('d', null);
    this.pointLayer.selectAll('*').remove();
    this.labelLayer.selectAll('*').remove();
    this.titleLayer.selectAll('*').remove();
    this.legendLayer.selectAll('*').remove();
    this.svg.attr('data-export-width', null);
  }

  /**
   * A legend for exports: [{text, colour}] as swatches and names in columns right of the map. On screen the view's
   * table is the legend; an SVG or PNG export includes this one (data-export-width tells export.js how wide).
   */
  setExportLegend(entries) {
    this.legendLayer.selectAll('*').remove();
    if (!entries || !entries.length) { this.svg.attr('data-export-width', null); return; }
    const rowHeight = 19;
    const perColumn = Math.floor((HEIGHT - CAPTION_BAND - 20) / rowHeight);
    // wide enough for the longest entry (13 px text, about 7.2 units a character; the layer is hidden, so not measured)
    const columnWidth = Math.max(250, Math.ceil(Math.max(...entries.map(e => String(e.text).length)) * 7.2) + 30);
    entries.forEach((entry, i) => {
      const x = WIDTH + 10 + Math.floor(i / perColumn) * columnWidth;
      const y = CAPTION_BAND + (i % perColumn) * rowHeight;
      legendSymbol(this.legendLayer, entry, x, y);
      this.legendLayer.append('text').attr('class', 'legend-entry').attr('x', x + 18).attr('y', y + 11).text(entry.text);
    });
    this.svg.attr('data-export-width', WIDTH + 20 + Math.ceil(entries.length / perColumn) * columnWidth);
  }

  /**
   * Region names on the map: [{text, codes, key, first}] (first: placed before the others, e.g. a region a design
   * adds). Each label sits at the point of the region's largest polygon
   * farthest from its edge (pole of inaccessibility), wrapped onto two lines when long. Larger regions are placed
   * first; a label that would overlap one already placed moves to another point inside its region or is left out
   * (its region stays identifiable in the view's legend). Zooms with the map and is kept in exports.
   * Returns the keys of the groups
   * whose label is on the map.
   */
  setLabels(groups) {
    this.labelLayer.selectAll('*').remove();
    const byCode = new Map(this.object.geometries.map((g, i) => [this.codes[i], g]));
    const svg = this.svg.node();
    const onScreen = svg.getBoundingClientRect().width / WIDTH;
    // about 10 px on screen at the page's size (a phone's map is drawn at half size: up to 24 units), within limits that
    // keep exports sensible
    const fontSize = Math.round(Math.min(24, Math.max(12, onScreen > 0 ? 10 / onScreen : 13)));
    const candidates = [];
    for (const { text, codes, key, first } of groups || []) {
      const geometries = codes.map(c => byCode.get(c)).filter(Boolean);
      if (!geometries.length) continue;
      const polygons = projectedPolygons(this.projection, topojson.merge(this.topology, geometries))
        .map(rings => ({ rings, area: ringsArea(rings) })).sort((a, b) => b.area - a.area);
      if (!polygons.length) continue;
      const spots = polygons.slice(0, 3).map(p => poleOfInaccessibility(p.rings, 1));
      candidates.push({ text, key: key ?? text, first: !!first, area: polygons.reduce((sum, p) => sum + p.area, 0), polygons, spots });
    }
    candidates.sort((a, b) => b.first - a.first || b.area - a.area);
    const placed = [];
    const shown = [];
    for (const c of candidates) {
      const label = this.labelLayer.append('text').attr('class', 'region-label').attr('text-anchor', 'middle')
        .attr('data-region', c.key).style('font-size', `${fontSize}px`);
      const lines = wrapLabel(c.text);
      // a space ends every line but the last, so the text still reads as the name (screen readers, exports)
      lines.forEach((line, i) => label.append('tspan').attr('x', 0).attr('dy', i ? '1.1em' : 0).text(i < lines.length - 1 ? `${line} ` : line));
      const box = label.node().getBBox();
      const width = box.width || c.text.length * fontSize * 0.55;
      const height = box.height || lines.length * fontSize * 1.1;
      const tries = [];
      for (const [x, y, inset] of c.spots) {
        tries.push([x, y]);
        // shifted up or down within the region when the middle is taken
        for (const dy of [-height * 0.75, height * 0.75, -height * 1.5, height * 1.5]) {
          if (c.polygons.some(p => containsPoint(p.rings, [x, y + dy]))) tries.push([x, y + dy]);
        }
      }
      const fits = ([x, y]) => {
        const b = { x0: x - width / 2 - 1, x1: x + width / 2 + 1, y0: y - height / 2 - 1, y1: y + height / 2 + 1 };
        return b.x0 >= 0 && b.x1 <= WIDTH && b.y0 >= CAPTION_BAND - 10 && b.y1 <= HEIGHT
          && !placed.some(o => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) ? b : null;
      };
      const spot = tries.find(fits);
      if (!spot) { label.remove(); continue; }
      placed.push(fits(spot));
      // the text's first baseline sits so that the block of lines is centred on the spot
      const k = d3.zoomTransform(svg).k;
      label.attr('data-x', spot[0].toFixed(1)).attr('data-y', spot[1].toFixed(1)).attr('y', (-height / 2 - box.y).toFixed(1))
        .attr('transform', `translate(${spot[0].toFixed(1)},${spot[1].toFixed(1)}) scale(${1 / k})`);
      shown.push(c.key);
    }
    return new Set(shown);
  }

  /**
   * A fill per municipality for a division: one palette colour per region, neighbouring regions different
   * (greedy colouring over the region adjacency derived from the municipality topology), stripes for a
   * municipality in two regions, grey for none. regionsOf(code) → [region codes].
   */
  divisionFill(kind, regionsOf) {
    let colours = this.colourCache.get(kind);
    if (!colours) {
      colours = this.colourRegions(regionsOf);
      this.colourCache.set(kind, colours);
    }
    return code => {
      const regions = regionsOf(code) || [];
      if (regions.length === 0) return { fill: NO_REGION, regions };
      if (regions.length === 1) return { fill: PALETTE[colours.get(regions[0]) % PALETTE.length], regions };
      return { fill: this.stripes(regions.map(r => PALETTE[colours.get(r) % PALETTE.length])), regions };
    };
  }

  colourOfRegion(kind, region) {
    const colours = this.colourCache.get(kind);
    return colours && colours.has(region) ? PALETTE[colours.get(region) % PALETTE.length] : NO_REGION;
  }

  colourRegions(regionsOf) {
    const adjacency = new Map();
    const touch = (a, b) => {
      if (!adjacency.has(a)) adjacency.set(a, new Set());
      if (a !== b) adjacency.get(a).add(b);
    };
    this.codes.forEach((code, i) => {
      const own = regionsOf(code) || [];
      own.forEach(r => touch(r, r));
      for (const j of this.neighbourIndex[i]) {
        for (const r of own) for (const s of regionsOf(this.codes[j]) || []) touch(r, s);
      }
    });
    const order = [...adjacency.keys()].sort((a, b) => adjacency.get(b).size - adjacency.get(a).size || a.localeCompare(b));
    const colour = new Map();
    // Among the colours no neighbour has, take the least used one: neighbours always differ and the
    // whole palette is used, so regions far apart rarely look alike either.
    const usage = PALETTE.map(() => 0);
    // Neighbours also differ for a deuteranope: prefer colours far from every neighbour's as they see them.
    for (const region of order) {
      const used = new Set([...adjacency.get(region)].map(n => colour.get(n)).filter(c => c !== undefined && c < PALETTE.length));
      const free = PALETTE.map((_, i) => i).filter(i => !used.has(i));
      const nearest = i => Math.min(Infinity, ...[...used].map(u => deutanDistance(i, u)));
      const safe = free.filter(i => nearest(i) >= MIN_DEUTAN_DELTA_E);
      const c = safe.length ? safe.reduce((best, i) => (usage[i] < usage[best] ? i : best), safe[0])
        : free.length ? free.reduce((best, i) => (nearest(i) > nearest(best) ? i : best), free[0])
          : PALETTE.length + colour.size;
      if (c < usage.length) usage[c]++;
      colour.set(region, c);
    }
    return colour;
  }

  stripes(colours) {
    const id = `stripes-${colours.map(c => c.slice(1)).join('-')}`;
    if (this.defs.select(`#${id}`).empty()) {
      const size = 6 * colours.length;
      const p = this.defs.append('pattern').attr('id', id).attr('patternUnits', 'userSpaceOnUse')
        .attr('width', size).attr('height', size).attr('patternTransform', 'rotate(45)');
      colours.forEach((c, i) => p.append('rect').attr('x', i * 6).attr('y', 0).attr('width', 6).attr('height', size).attr('fill', c));
    }
    return `url(#${id})`;
  }

  /** Borders between municipalities whose key differs (dissolved from the municipality topology). */
  mesh(keyOf) {
    return this.path(topojson.mesh(this.topology, this.object, (a, b) => a !== b && keyOf(a.id) !== keyOf(b.id)));
  }

  setRegionBorders(keyOf) { this.regionBorders.attr('d', keyOf ? this.mesh(keyOf) : null); }
  setSecondBorders(keyOf) { this.secondBorders.attr('d', keyOf ? this.mesh(keyOf) : null); }

  /** Emphasises a set of municipalities and fades the rest; null clears. */
  highlight(codes) {
    const set = codes && codes.size !== undefined ? codes : codes ? new Set(codes) : null;
    this.root.classed('has-hl', !!(set && set.size));
    this.paths.classed('hl', f => !!(set && set.has(f.id)));
  }

  /** Outlines the focused municipality, or the outer boundary of a region's members. */
  setFocus(codes) {
    const set = new Set(codes || []);
    this.paths.classed('focus', f => set.has(f.id));
    this.focusLine.attr('d', set.size ? this.path(topojson.mesh(this.topology, this.object,
      (a, b) => (a === b ? set.has(a.id) : set.has(a.id) !== set.has(b.id)))) : null);
  }

  /** Points: [{lat, lon, demo, approx, title}]. */
  drawPoints(points) {
    this.pointLayer.selectAll('*').remove();
    this.pointLayer.selectAll('circle').data(points.filter(p => p.lat != null && p.lon != null)).join('circle')
      .attr('class', p => `pt${p.demo ? ' demo' : ''}${p.approx ? ' approx' : ''}`)
      .attr('r', 3.6)
      .attr('cx', p => this.projection([p.lon, p.lat])[0])
      .attr('cy', p => this.projection([p.lon, p.lat])[1])
      .append('title').text(p => p.title || '');
  }

  /**
   * A title (and optional note) in the map's corner, and an optional source line (source and reference date) at the
   * bottom left, where the country leaves room: shown on screen, and in SVG/PNG exports and print.
   */
  setTitle(title, note, source) {
    this.titleLayer.selectAll('*').remove();
    this.titleLayer.append('text').attr('class', 'map-title').attr('x', 14).attr('y', 34).text(title || '');
    // The note wraps at its " · " separators onto at most two lines, both inside the caption band.
    const lines = [];
    for (const part of String(note || '').split(' · ').filter(Boolean)) {
      if (lines.length && (lines[lines.length - 1].length + part.length + 3 <= 78 || lines.length === 2)) lines[lines.length - 1] += ` · ${part}`;
      else lines.push(part);
    }
    lines.forEach((line, i) => this.titleLayer.append('text').attr('class', 'map-note').attr('x', 14).attr('y', 58 + 22 * i).text(line));
    // one or more lines, the last at the bottom edge; wrapped to the room left of Limburg (south-west is sea/Belgium)
    const sourceLines = [].concat(source || []).filter(Boolean).flatMap(line => wrapText(line, SOURCE_LINE_CHARS));
    sourceLines.forEach((line, i) => this.titleLayer.append('text').attr('class', 'map-source').attr('x', 14)
      .attr('y', HEIGHT - 12 - 17 * (sourceLines.length - 1 - i)).text(line));
  }
}

/**
 * The symbol of a legend entry: a swatch of its colour (default), an outline ({outline: colour, dashed}), a line
 * ({line: colour, dashed}: borders drawn on top) or a point ({point: 'real'|'demo'}), as the map draws them.
 */
function legendSymbol(layer, { colour, outline, line, point, dashed }, x, y) {
  if (point) {
    layer.append('circle').attr('class', `pt${point === 'demo' ? ' demo' : ''}`).attr('cx', x + 6).attr('cy', y + 6).attr('r', 4);
  } else if (line) {
    layer.append('line').attr('x1', x).attr('x2', x + 12).attr('y1', y + 6).attr('y2', y + 6).attr('stroke', line)
      .attr('stroke-width', 2.6).attr('stroke-dasharray', dashed ? '4 2' : null);
  } else {
    layer.append('rect').attr('x', x).attr('y', y).attr('width', 12).attr('height', 12)
      .attr('fill', colour || '#fff').attr('stroke', outline || '#666').attr('stroke-width', outline ? 2 : 0.5)
      .attr('stroke-dasharray', dashed ? '3 2' : null);
  }
}

/** Rings ([[x, y]…], projected) of each polygon of a GeoJSON Polygon or MultiPolygon. */
function projectedPolygons(projection, geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.map(rings => rings.map(ring => ring.map(point => projection(point))));
}

function ringsArea(rings) {
  return rings.reduce((sum, ring, i) => sum + (i ? -1 : 1) * Math.abs(d3.polygonArea(ring)), 0);
}

function containsPoint(rings, point) {
  return d3.polygonContains(rings[0], point) && !rings.slice(1).some(hole => d3.polygonContains(hole, point));
}

/** Distance from a point to the nearest edge of any ring. */
function edgeDistance(rings, [px, py]) {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const [bx, by] = ring[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
    }
  }
  return best;
}

/**
 * The point inside a polygon farthest from its edges, to within `precision` (projected units), as [x, y, distance]:
 * a best-first search over square cells, each bounded by its centre's distance plus its half diagonal
 * (the approach of Mapbox's polylabel, written out here).
 */
function poleOfInaccessibility(rings, precision) {
  const xs = rings[0].map(p => p[0]);
  const ys = rings[0].map(p => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(x1 - x0, y1 - y0);
  const cell = (x, y, h) => {
    const d = (containsPoint(rings, [x, y]) ? 1 : -1) * edgeDistance(rings, [x, y]);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const centroid = d3.polygonCentroid(rings[0]);
  let best = cell(centroid[0], centroid[1], 0);
  if (!(size > 0)) return [best.x, best.y, Math.max(0, best.d)];
  const queue = [];
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  let guard = 0;
  while (queue.length && guard++ < 4000) {
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i].max > queue[top].max) top = i;
    const c = queue.splice(top, 1)[0];
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x, best.y, Math.max(0, best.d)];
}

/**
 * Text in lines of at most `max` characters, broken at its " · " separators first (so "peildatum 1 januari 2025"
 * stays on one line), a longer part at spaces (a longer word stays whole).
 */
function wrapText(text, max) {
  const lines = [];
  const add = (piece, glue) => {
    if (lines.length && lines[lines.length - 1].length + glue.length + piece.length <= max) lines[lines.length - 1] += glue + piece;
    else lines.push(piece);
  };
  for (const part of String(text).split(' · ')) {
    if (part.length <= max) { add(part, ' · '); continue; }
    part.split(' ').forEach((word, i) => add(word, i ? ' ' : ' · '));
  }
  return lines;
}

/** One line, or two split at the space nearest the middle when the name is long. */
function wrapLabel(text) {
  if (text.length <= 14 || !text.includes(' ')) return [text];
  let split = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (split < 0 || Math.abs(i - text.length / 2) < Math.abs(split - text.length / 2))) split = i;
  }
  return [text.slice(0, split), text.slice(split + 1)];
}
