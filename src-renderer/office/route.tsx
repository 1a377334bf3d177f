import { VerifiedOutlined } from '@ant-design/icons';
import { OfficePage } from './OfficePage';

/** The office page's entry in the app's menu (app/routes.tsx lists it). */
export const officeRoute = { key: 'office', labelKey: 'office.nav', icon: <VerifiedOutlined />, page: () => <OfficePage /> };
