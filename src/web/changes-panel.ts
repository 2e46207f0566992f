/** "What changed since your last visit": the alerts the watcher fired since this browser last opened the dashboard. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api-client.ts';

const LAST_VISIT_KEY = 'redlines.lastVisit';
// Enough to read at a glance; the Atom feed and /api/alerts hold the rest.
const ALERTS_SHOWN = 20;

interface AlertView {
  readonly id: string;
  readonly rule: string;
  readonly fired_at: string;
  readonly summary: string;
}

/** The alerts fired after the previous visit (all recent ones on a first visit); nothing while there are none. */
export function ChangesPanel({ version }: { version: number }): ComponentChild {
  // Read once, before this visit is recorded, so reloading the data keeps showing what was new on arrival.
  const [lastVisit] = useState(() => localStorage.getItem(LAST_VISIT_KEY) ?? undefined);
  const [alerts, setAlerts] = useState<readonly AlertView[]>([]);
  useEffect(() => localStorage.setItem(LAST_VISIT_KEY, new Date().toISOString()), []);
  useEffect(() => {
    api<AlertView[]>(`/api/alerts?limit=${ALERTS_SHOWN}`)
      .then((recent) => setAlerts(recent.filter((alert) => lastVisit === undefined || alert.fired_at > lastVisit)), () => setAlerts([]));
  }, [version]);
  if (alerts.length === 0) return null;
  return h('section', { class: 'panel changes-panel', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title' }, lastVisit === undefined ? 'Recent alerts' : `Since your last visit (${lastVisit.slice(0, 10)})`),
    h('ul', null, alerts.map((alert) => h('li', { key: alert.id },
      h('span', { class: 'rule' }, alert.rule), ' ', alert.summary, ' ',
      h('time', { dateTime: alert.fired_at }, alert.fired_at.slice(0, 16).replace('T', ' '))))),
    h('p', { class: 'legend' }, 'Also as a feed: ', h('a', { href: '/api/alerts.atom' }, '/api/alerts.atom')));
}
