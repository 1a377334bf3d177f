import { AuditOutlined, BookOutlined, DashboardOutlined, FileTextOutlined, FormOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined, TeamOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { backupRoute } from '../office/backup-route';
import { officeRoute } from '../office/route';
import { managementRoute } from '../office/management-route';
import { registerRoute } from '../office/register-route';
import { ledgerRoute } from '../office/ledger-route';
import { publicationRoute } from '../office/publication-route';
import { prefetchDashboard } from '../dashboard/prefetch-dashboard';
import { prefetchPool } from '../pool/pool-window';
import { lazyPage, type LazyPage } from './lazy-page';

/** One entry per step of the procedure; later steps add theirs here. Each page's code loads when first shown. */
export const ROUTES: ({ key: string; labelKey: string; icon: ReactNode; prefetch?: () => void } & LazyPage)[] = [
  { key: 'dashboard', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, prefetch: prefetchDashboard, ...lazyPage(() => import('../dashboard/DashboardPage').then((m) => m.DashboardPage)) },
  { key: 'pool', labelKey: 'nav.pool', icon: <TeamOutlined />, prefetch: prefetchPool, ...lazyPage(() => import('../pool/PoolPage').then((m) => m.PoolPage)) },
  { key: 'nominations', labelKey: 'nav.nominations', icon: <FileTextOutlined />, ...lazyPage(() => import('../nominations/NominationsPage').then((m) => m.NominationsPage)) },
  { key: 'registers', labelKey: 'nav.registers', icon: <BookOutlined />, ...lazyPage(() => import('../registers/RegistersPage').then((m) => m.RegistersPage)) },
  { key: 'screening', labelKey: 'nav.screening', icon: <AuditOutlined />, ...lazyPage(() => import('../screening/ScreeningPage').then((m) => m.ScreeningPage)) },
  { key: 'draw', labelKey: 'nav.draw', icon: <UsergroupAddOutlined />, ...lazyPage(() => import('../draw/DrawPage').then((m) => m.DrawPage)) },
  { key: 'verify', labelKey: 'nav.verify', icon: <SafetyCertificateOutlined />, ...lazyPage(() => import('../draw/VerifyPage').then((m) => m.VerifyPage)) },
  { key: 'session', labelKey: 'scoring.nav.session', icon: <SolutionOutlined />, ...lazyPage(() => import('../scoring/SessionPage').then((m) => m.SessionPage)) },
  { key: 'score', labelKey: 'scoring.nav.score', icon: <FormOutlined />, ...lazyPage(() => import('../scoring/ExpertScoring').then((m) => m.ExpertScoring)) },
  { key: 'settings', labelKey: 'nav.settings', icon: <SettingOutlined />, ...lazyPage(() => import('../settings/SettingsPage').then((m) => m.SettingsPage)) },
  officeRoute,
  publicationRoute,
  registerRoute,
  ledgerRoute,
  managementRoute,
  backupRoute,
];

/** The page for a route key; an unknown key shows the first (工作台). */
export const routeFor = (key: string) => ROUTES.find((r) => r.key === key) ?? ROUTES[0];
