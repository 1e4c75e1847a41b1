// Map (or network) export as SVG or PNG, entirely in the browser.
import { download } from './table.js';

function serialise(svg) {
  const clone = svg.cloneNode(true);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svg.viewBox.baseVal;
  // a map with an export legend (right of its view box) is exported wider, legend included
  const wider = +svg.getAttribute('data-export-width');
  if (wider && box) clone.setAttribute('viewBox', `${box.x} ${box.y} ${wider} ${box.height}`);
  clone.querySelectorAll('.export-legend').forEach(legend => legend.setAttribute('style', 'display: inline'));
  const width = wider || (box && box.width ? box.width : svg.clientWidth);
  const height = box && box.height ? box.height : svg.clientHeight;
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  // white background, so the export does not depend on the viewer's background
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('x', box ? box.x : 0);
  bg.setAttribute('y', box ? box.y : 0);
  bg.setAttribute('width', width);
  bg.setAttribute('height', height);
  bg.setAttribute('fill', '#fff');
  clone.insertBefore(bg, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

export function exportSvg(svg, filename) {
  if (!svg) return;
  const { text } = serialise(svg);
  download(filename, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
}

export function exportPng(svg, filename, scale = 2) {
  if (!svg) return;
  const { text, width, height } = serialise(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob(blob => download(filename, blob), 'image/png');
  };
  image.src = url;
}
