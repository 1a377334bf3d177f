/**
 * Which session (and, on the scoring screen, which expert) is open. Kept in sessionStorage so a reload or a
 * switch between the coordinator page and the scoring screen comes back to the same place; a hash query
 * (`#/score?session=…&expert=…`) wins when present, so a link can open one expert's sheet directly.
 */
const SESSION_KEY = 'scoring.session';
const EXPERT_KEY = 'scoring.expert';

function hashParams(): URLSearchParams {
  const hash = window.location.hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

export function storedSession(): string | undefined {
  return hashParams().get('session') ?? sessionStorage.getItem(SESSION_KEY) ?? undefined;
}

export function storeSession(sessionId: string | undefined): void {
  if (sessionId) sessionStorage.setItem(SESSION_KEY, sessionId);
  else sessionStorage.removeItem(SESSION_KEY);
}

export function storedExpert(): string | undefined {
  return hashParams().get('expert') ?? sessionStorage.getItem(EXPERT_KEY) ?? undefined;
}

export function storeExpert(expertId: string | undefined): void {
  if (expertId) sessionStorage.setItem(EXPERT_KEY, expertId);
  else sessionStorage.removeItem(EXPERT_KEY);
}

/** Opens the scoring screen for one expert of one session. */
export function openScoring(sessionId: string, expertId: string): void {
  storeSession(sessionId);
  storeExpert(expertId);
  window.location.hash = '#/score';
}

/** Where the expert was in their list, so a reload resumes at the same nomination. */
export function storedPosition(sessionId: string, expertId: string): number {
  return Number(sessionStorage.getItem(`scoring.position.${sessionId}.${expertId}`) ?? 0) || 0;
}

export function storePosition(sessionId: string, expertId: string, index: number): void {
  sessionStorage.setItem(`scoring.position.${sessionId}.${expertId}`, String(index));
}
