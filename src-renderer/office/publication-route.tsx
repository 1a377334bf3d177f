import { FileDoneOutlined } from '@ant-design/icons';
import { lazyPage } from '../app/lazy-page';

/** 办公室 → 发布名单 in the app's menu (app/routes.tsx lists it after the office page). */
export const publicationRoute = { key: 'publication', labelKey: 'publication.nav', icon: <FileDoneOutlined />, ...lazyPage(() => import('./PublicationPage').then((m) => m.PublicationPage)) };
