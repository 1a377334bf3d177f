import { SaveOutlined } from '@ant-design/icons';
import { lazyPage } from '../app/lazy-page';

/** 办公室 → 备份与恢复 in the app's menu (app/routes.tsx lists it after the office page). */
export const backupRoute = { key: 'backup', labelKey: 'backup.nav', icon: <SaveOutlined />, ...lazyPage(() => import('./BackupPage').then((m) => m.BackupPage)) };
