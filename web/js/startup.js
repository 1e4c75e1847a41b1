// While the server starts (the database comes up, the national data loads) the page says so in Dutch and waits;
// it reads /api/health: 503 {status: 'STARTING', phase: 'neo4j'|'import', step, stepNumber, steps}, then 200 UP.
import { esc } from './format.js';

const PHASES = {
  neo4j: 'Database wordt gestart…',
  import: 'Landelijke gegevens worden geladen…',
};

async function health() {
  try {
    const response = await fetch('/api/health', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    return { status: response.status, body: await response.json() };
  } catch {
    return { status: 0, body: null };
  }
}

/** Resolves once /api/health answers UP (or anything that is not STARTING: the views then show their own errors). */
export async function waitUntilReady(container) {
  let box = null;
  for (;;) {
    const { body } = await health();
    if (!body || body.status !== 'STARTING') {
      box?.remove();
      document.body.dataset.startup = 'ready';
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.className = 'startup';
      box.setAttribute('role', 'status');
      box.setAttribute('aria-live', 'polite');
      container.appendChild(box);
      document.body.dataset.startup = 'starting';
    }
    const progress = body.phase === 'import' && body.steps > 0
      ? `<progress max="${body.steps}" value="${Math.max(0, body.stepNumber - 1)}"></progress>
         <span class="startup-step">stap ${body.stepNumber} van ten hoogste ${body.steps}</span>`
      : '';
    box.dataset.phase = body.phase;
    box.innerHTML = `<span class="spinner" aria-hidden="true"></span>
      <strong>Regiograaf start op.</strong> ${esc(PHASES[body.phase] || 'Even geduld…')} ${progress}
      <span class="startup-note">De verkenner verschijnt vanzelf zodra alles klaar is.</span>`;
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}
