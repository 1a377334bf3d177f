import { ScheduleOutlined } from '@ant-design/icons';
import { lazyPage } from '../app/lazy-page';

/** 办公室 → 动态管理: its entry in the app's menu (app/routes.tsx lists it). */
export const managementRoute = { key: 'management', labelKey: 'management.nav', icon: <ScheduleOutlined />, ...lazyPage(() => import('./ManagementPage').then((m) => m.ManagementPage)) };
