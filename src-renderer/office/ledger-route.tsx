import { AccountBookOutlined } from '@ant-design/icons';
import { lazyPage } from '../app/lazy-page';

/** The subsidy ledger's entry in the app's menu, under the office's pages (app/routes.tsx lists it). */
export const ledgerRoute = { key: 'ledger', labelKey: 'ledger.nav', icon: <AccountBookOutlined />, ...lazyPage(() => import('./LedgerPage').then((m) => m.LedgerPage)) };
