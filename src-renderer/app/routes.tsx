import { AuditOutlined, BookOutlined, DashboardOutlined, FileTextOutlined, FormOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined, TeamOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DrawPage } from '../draw/DrawPage';
import { VerifyPage } from '../draw/VerifyPage';
import { NominationsPage } from '../nominations/NominationsPage';
import { PoolPage } from '../pool/PoolPage';
import { RegistersPage } from '../registers/RegistersPage';
import { ExpertScoring } from '../scoring/ExpertScoring';
import { SessionPage } from '../scoring/SessionPage';
import { ScreeningPage } from '../screening/ScreeningPage';
import { SettingsPage } from '../settings/SettingsPage';
import { backupRoute } from '../office/backup-route';
import { officeRoute } from '../office/route';
import { managementRoute } from '../office/management-route';
import { registerRoute } from '../office/register-route';
import { ledgerRoute } from '../office/ledger-route';
import { publicationRoute } from '../office/publication-route';

/** One entry per step of the procedure; later steps add theirs here. */
export const ROUTES: { key: string; labelKey: string; icon: ReactNode; page: () => ReactNode }[] = [
  { key: 'dashboard', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, page: () => <DashboardPage /> },
  { key: 'pool', labelKey: 'nav.pool', icon: <TeamOutlined />, page: () => <PoolPage /> },
  { key: 'nominations', labelKey: 'nav.nominations', icon: <FileTextOutlined />, page: () => <NominationsPage /> },
  { key: 'registers', labelKey: 'nav.registers', icon: <BookOutlined />, page: () => <RegistersPage /> },
  { key: 'screening', labelKey: 'nav.screening', icon: <AuditOutlined />, page: () => <ScreeningPage /> },
  { key: 'draw', labelKey: 'nav.draw', icon: <UsergroupAddOutlined />, page: () => <DrawPage /> },
  { key: 'verify', labelKey: 'nav.verify', icon: <SafetyCertificateOutlined />, page: () => <VerifyPage /> },
  { key: 'session', labelKey: 'scoring.nav.session', icon: <SolutionOutlined />, page: () => <SessionPage /> },
  { key: 'score', labelKey: 'scoring.nav.score', icon: <FormOutlined />, page: () => <ExpertScoring /> },
  { key: 'settings', labelKey: 'nav.settings', icon: <SettingOutlined />, page: () => <SettingsPage /> },
  officeRoute,
  publicationRoute,
  registerRoute,
  ledgerRoute,
  managementRoute,
  backupRoute,
];
