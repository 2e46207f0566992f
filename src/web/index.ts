/** What other layers may import from the dashboard: its built bundle's location and the build step. */
export { DASHBOARD_DIR, ensureDashboard } from './dashboard-bundle.ts';
