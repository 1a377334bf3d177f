import { Alert } from 'antd';
import type { AppError } from '../../src-shared/result';
import { localized } from '../i18n';

export function ErrorAlert({ error }: { error: AppError }) {
  return (
    <Alert
      type="error"
      showIcon
      title={localized(error.message)}
      description={
        error.details?.length ? (
          <ul>
            {error.details.map((d, i) => (
              <li key={i}>
                {d.path ? `${d.path}: ` : ''}
                {localized(d.message)}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
