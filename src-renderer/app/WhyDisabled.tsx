import { Tooltip } from 'antd';
import type { ReactElement } from 'react';

/**
 * A disabled button says why (issue 16): `why` is the reason while the button is disabled, and nothing once it can
 * be used. The caller disables the button with `disabled={!!why}`, so the reason and the state never disagree.
 */
export function WhyDisabled({ why, children }: { why: string | undefined | false; children: ReactElement }) {
  return <Tooltip title={why || undefined}>{children}</Tooltip>;
}
