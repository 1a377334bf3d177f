import { BookOutlined } from '@ant-design/icons';
import { lazyPage } from '../app/lazy-page';

/** 办公室 → 工作室名册, listed in app/routes.tsx after the office page. */
export const registerRoute = { key: 'office-register', labelKey: 'officeRegister.nav', icon: <BookOutlined />, ...lazyPage(() => import('./RegisterPage').then((m) => m.RegisterPage)) };
