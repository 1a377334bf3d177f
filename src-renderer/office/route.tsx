import { VerifiedOutlined } from '@ant-design/icons';
import { lazyPage } from '../app/lazy-page';

/** The office page's entry in the app's menu (app/routes.tsx lists it). */
export const officeRoute = { key: 'office', labelKey: 'office.nav', icon: <VerifiedOutlined />, ...lazyPage(() => import('./OfficePage').then((m) => m.OfficePage)) };
