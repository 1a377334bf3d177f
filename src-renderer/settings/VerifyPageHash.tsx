import { Typography } from 'antd';
import { useApi } from '../api/use-api';

/**
 * The SHA-256 of this version's offline verify page, next to the version: a reader compares it with the copy in a
 * bundle, which proves nothing by itself.
 */
export function VerifyPageHash() {
  const page = useApi('bundle.verifyPage');
  return page.data ? (
    <Typography.Text code copyable data-testid="settings-verify-page-sha256">
      {page.data.sha256}
    </Typography.Text>
  ) : null;
}
