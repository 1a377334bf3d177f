import { Alert, Card, Col, Row, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { YearPathSteps } from './YearPathSteps';
import { BackupReminder } from './BackupReminder';

export function DashboardPage() {
  const { t } = useTranslation();
  const info = useApi('app.info');
  if (info.error) return <ErrorAlert error={info.error} />;
  if (!info.data) return <Spin description={t('common.loading')} />;
  const { year, counts } = info.data;
  return (
    <>
      <Typography.Title level={2}>{t('dashboard.heading')}</Typography.Title>
      <Row gutter={16}>
        <Col span={8}>
          <Card>
            <Statistic title={t('dashboard.year')} value={year} groupSeparator="" data-testid="dashboard-year" />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic title={t('dashboard.experts')} value={counts.experts} data-testid="dashboard-experts" />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic
              title={t('dashboard.nominations')}
              value={counts.nominations}
              data-testid="dashboard-nominations"
            />
          </Card>
        </Col>
      </Row>
      <YearPathSteps year={year} onDataChanged={info.reload} />
      <BackupReminder />
      <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('dashboard.cap')} />
    </>
  );
}
