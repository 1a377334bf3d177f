import { DashboardOutlined, SettingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage';
import { SettingsPage } from '../settings/SettingsPage';

/** One entry per step of the procedure; later steps add theirs here. */
export const ROUTES: { key: string; labelKey: string; icon: ReactNode; page: () => ReactNode }[] = [
  { key: 'dashboard', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, page: () => <DashboardPage /> },
  { key: 'settings', labelKey: 'nav.settings', icon: <SettingOutlined />, page: () => <SettingsPage /> },
];
