// The municipality map: 342 SVG paths from the TopoJSON served by /api/geometry/municipalities.
// d3 (d3-geo, d3-zoom) and topojson are classic scripts from WebJars, reached as globals.
/* global d3, topojson */

const WIDTH = 800;
const HEIGHT = 940;

/** ColorBrewer Set3 (grey swapped for sand, grey means "geen regio"). */
export const PALETTE = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5',
  '#e5c494', '#bc80bd', '#ccebc5', '#ffed6f'];
export const NO_REGION = '#e6e6e6';

// Lives inside the SVG, so an exported SVG or PNG looks exactly like the page.
const MAP_CSS = `
.muni { stroke: #fff; stroke-width: .5; vector-effect: non-scaling-stroke; cursor: pointer; }
.muni:hover { stroke: #111; stroke-width: 1.5; }
.has-hl .muni:not(.hl) { opacity: .28; }
.muni.muted { opacity: .35; }
.muni.hl { stroke: #111; stroke-width: 1; }
.focus-line { fill: none; stroke: #000; stroke-width: 3; vector-effect: non-scaling-stroke; pointer-events: none; }
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

    this.projection = d3.geoMercator().fitExtent([[12, 12], [WIDTH - 12, HEIGHT - 12]],
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
    this.titleLayer = svg.append('g').attr('class', 'titles');

    this.tooltip = document.getElementById('tooltip');
    this.paths
      .on('mousemove', (event, f) => this.showTooltip(event, f.id))
      .on('mouseleave', () => { this.tooltip.hidden = true; })
      .on('click', (event, f) => this.onSelect(f.id));

    this.zoom = d3.zoom().scaleExtent([1, 16])
      .filter(event => event.type === 'wheel' || (event.type === 'mousedown' && event.button === 0) || event.type === 'dblclick')
      .on('zoom', event => this.root.attr('transform', event.transform));
    svg.call(this.zoom).on('dblclick.zoom', null);
    svg.style('touch-action', 'auto');
  }

  node() { return this.svg.node(); }

  zoomBy(factor) { this.svg.transition().duration(200).call(this.zoom.scaleBy, factor); }
  resetZoom() { this.svg.call(this.zoom.transform, d3.zoomIdentity); }

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
    this.titleLayer.selectAll('*').remove();
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
    for (const region of order) {
      const used = new Set([...adjacency.get(region)].map(n => colour.get(n)).filter(c => c !== undefined));
      const free = PALETTE.map((_, i) => i).filter(i => !used.has(i));
      const c = free.length ? free.reduce((best, i) => (usage[i] < usage[best] ? i : best), free[0])
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

  /** A title (and optional note) in the map's corner: shown on screen, and in SVG/PNG exports and print. */
  setTitle(title, note) {
    this.titleLayer.selectAll('*').remove();
    this.titleLayer.append('text').attr('class', 'map-title').attr('x', 14).attr('y', 34).text(title || '');
    if (note) this.titleLayer.append('text').attr('class', 'map-note').attr('x', 14).attr('y', 58).text(note);
  }
}
