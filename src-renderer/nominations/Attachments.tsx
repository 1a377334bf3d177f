import { Button, List, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { useAttachmentViewer } from '../files/AttachmentViewer';
import { fileBytes } from '../files/download';

/** Materials shown offline from the data folder: PDFs in Chromium's viewer, images as images. */
export function Attachments({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const list = useApi('attachments.list', { nominationId });
  const { busy, run } = useAction();
  const { open: view, viewer } = useAttachmentViewer();

  return (
    <>
      <Upload
        accept=".pdf,.png,.jpg,.jpeg"
        showUploadList={false}
        beforeUpload={async (file) => {
          const content = await fileBytes(file);
          await run(() => api('attachments.add', { nominationId, fileName: file.name, content }), list.reload);
          return false;
        }}
      >
        <Button loading={busy}>{t('attachments.add')}</Button>
      </Upload>
      <List
        size="small"
        dataSource={list.data ?? []}
        renderItem={(a) => (
          <List.Item actions={[<Button key="v" size="small" onClick={() => view(a.id)}>{t('attachments.view')}</Button>]}>
            <List.Item.Meta
              title={a.fileName}
              description={<Typography.Text type="secondary" copyable={{ text: a.sha256 }}>SHA-256 {a.sha256.slice(0, 16)}…</Typography.Text>}
            />
          </List.Item>
        )}
      />
      {viewer}
    </>
  );
}
