import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudioStatus } from '../../../src-shared/office/vocabulary';

const COLORS: Record<StudioStatus, string> = { active: 'green', rectifying: 'orange', revoked: 'red' };

export function StatusTag({ status }: { status: StudioStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`management.status.${status}`)}</Tag>;
}
