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
                {/* A validation problem's path is a field id, not words; its message already says what to fill in. */}
                {d.path && !d.problem ? `${d.path}: ` : ''}
                {localized(d.message)}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
