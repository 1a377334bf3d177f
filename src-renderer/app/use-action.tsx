import { App as AntApp } from 'antd';
import { useState } from 'react';
import type { AppError, Result } from '../../src-shared/result';
import { localized } from '../i18n';
import { showFormProblems, type FormTarget } from './form-errors';

/**
 * Runs one API call from a button: busy while it runs, the value handed on. A refusal's field problems go under
 * the form's fields when a form is given; anything else stays on screen until closed (a wrong PIN read in three
 * seconds is a wrong PIN missed).
 */
export function useAction(): {
  busy: boolean;
  run<T>(work: () => Promise<Result<T>>, done?: (value: T) => void, target?: FormTarget): Promise<boolean>;
} {
  const { notification } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const notify = (error: AppError) =>
    notification.error({
      title: localized(error.message),
      description: error.details?.length ? (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {error.details.map((d, i) => (
            <li key={i}>{localized(d.message)}</li>
          ))}
        </ul>
      ) : undefined,
      duration: 0,
      placement: 'top',
      props: { 'data-testid': 'action-error' } as object,
    });
  return {
    busy,
    run: async (work, done, target) => {
      setBusy(true);
      try {
        const r = await work();
        if (!r.ok) {
          const left = target ? showFormProblems(target, r.error) : r.error;
          if (left) notify(left);
          return false;
        }
        done?.(r.value);
        return true;
      } finally {
        setBusy(false);
      }
    },
  };
}
