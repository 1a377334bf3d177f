import { App as AntApp, ConfigProvider, Empty, Layout, Menu, Segmented, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { APP_THEME } from './theme';
import { formValidateMessages } from './form-errors';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../src-shared/api/contract';
import { api } from '../api/client';
import { i18n } from '../i18n';
import { useProjectorMode } from './projector-mode';
import { ROUTES, routeFor } from './routes';
import { useHashRoute } from './use-hash-route';

export function App() {
  const { t } = useTranslation();
  const [route, go] = useHashRoute(ROUTES[0].key);
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const current = routeFor(route);
  // In projector mode only the page is shown. The sider and the header leave their places empty (`false`)
  // rather than the tree being rebuilt, so the page keeps its state (digits typed in, the step it is on).
  const projector = useProjectorMode();

  // The choice is kept in the database, so it persists in Electron and over loopback alike.
  const switchLanguage = async (next: Language) => {
    await i18n.changeLanguage(next);
    document.documentElement.lang = next;
    await api('settings.update', { language: next });
  };

  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={APP_THEME}
      form={{ validateMessages: formValidateMessages() }}
      // An empty table says so in a sentence (issue 16); the tables with a task of their own say what to do.
      renderEmpty={(component) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={component === 'Table' ? t('guide.empty.default') : undefined} />}
    >
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          {!projector && (
            <Layout.Sider width={220} theme="light">
              <div style={{ padding: 16 }}>
                <Typography.Text strong>{t('app.title')}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('app.subtitle')}
                </Typography.Text>
              </div>
              <Menu
                mode="inline"
                selectedKeys={[current.key]}
                items={ROUTES.map((r) => ({ key: r.key, icon: r.icon, label: t(r.labelKey) }))}
                onClick={({ key }) => go(key)}
              />
            </Layout.Sider>
          )}
          <Layout>
            {!projector && (
              <Layout.Header style={{ background: 'transparent', display: 'flex', justifyContent: 'flex-end' }}>
                <Space>
                  <span>{t('language.label')}</span>
                  <Segmented
                    data-testid="language-switch"
                    value={language}
                    onChange={(v) => void switchLanguage(v as Language)}
                    options={[
                      { value: 'zh-CN', label: t('language.zh') },
                      { value: 'en', label: t('language.en') },
                    ]}
                  />
                </Space>
              </Layout.Header>
            )}
            <Layout.Content style={{ padding: projector ? 0 : '0 24px 24px' }}>
              <Suspense fallback={<Spin description={t('common.loading')} />}>{current.page()}</Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
