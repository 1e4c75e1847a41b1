// Talks to the Regiograaf API; turns failures into clear Dutch messages.

const cache = new Map();

export class ApiError extends Error {
  constructor(status, message, technical, url) {
    super(message);
    this.status = status;
    this.technical = technical;
    this.url = url;
  }
}

/** GET JSON, memoised per URL for the session (failures are not kept, so "opnieuw" retries). */
export function getJson(url) {
  if (cache.has(url)) return cache.get(url);
  const request = fetch(url, { headers: { Accept: 'application/json' } })
    .catch(() => {
      throw new ApiError(0, 'Geen verbinding met de server. Controleer of Regiograaf draait en probeer het opnieuw.',
        `GET ${url}: netwerkfout`, url);
    })
    .then(async response => {
      if (response.ok) return response.json();
      let problem = null;
      try { problem = await response.json(); } catch { /* not problem+json */ }
      throw new ApiError(response.status, dutchMessage(response.status, problem), technical(url, response.status, problem), url);
    });
  cache.set(url, request);
  request.catch(() => cache.delete(url));
  return request;
}

export function forget(url) { cache.delete(url); }

/** Query string from an object, leaving out empty values. */
export function query(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function technical(url, status, problem) {
  const detail = problem && (problem.detail || problem.title);
  return `GET ${url} → ${status}${detail ? `: ${detail}` : ''}`;
}

function dutchMessage(status, problem) {
  const parameter = problem && problem.parameter;
  const routeMissing = problem && !parameter && /^Endpoint /.test(problem.detail || '');
  switch (status) {
    case 400:
      return parameter ? `Ongeldige invoer voor „${parameter}”. Pas de keuze aan en probeer het opnieuw.`
        : 'Ongeldige invoer. Pas de keuze aan en probeer het opnieuw.';
    case 404:
      if (routeMissing || !problem) return 'Deze gegevens zijn (nog) niet beschikbaar op deze server: de functie ontbreekt in deze versie van Regiograaf.';
      return parameter ? `Niet gevonden: er is niets met deze waarde voor „${parameter}”.` : 'Niet gevonden.';
    case 503:
      return 'De database is tijdelijk niet bereikbaar. Probeer het over enkele ogenblikken opnieuw.';
    case 504:
      return 'De server deed er te lang over. Probeer het opnieuw.';
    default:
      return status >= 500 ? 'Er ging iets mis op de server. Probeer het later opnieuw.'
        : `De server weigerde het verzoek (status ${status}).`;
  }
}
