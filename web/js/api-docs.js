// Renders the OpenAPI document with ReDoc (served from its WebJar; no external fonts or scripts).
const container = document.getElementById('redoc');
Redoc.init(container.dataset.spec, { hideDownloadButton: false, disableSearch: false }, container);
