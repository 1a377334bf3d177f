import { Button, List, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDownload } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { fileToBase64 } from '../files/download';

/** Materials shown offline from the data folder: PDFs in Chromium's viewer, images as images. */
export function Attachments({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const list = useApi('attachments.list', { nominationId });
  const { busy, run } = useAction();
  const [viewing, setViewing] = useState<{ file: FileDownload; url: string }>();

  const view = (id: number) =>
    run(() => api('attachments.get', { id }), (file) => {
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      setViewing({ file, url: URL.createObjectURL(new Blob([bytes], { type: file.mediaType })) });
    });

  return (
    <>
      <Upload
        accept=".pdf,.png,.jpg,.jpeg"
        showUploadList={false}
        beforeUpload={async (file) => {
          const contentBase64 = await fileToBase64(file);
          await run(() => api('attachments.add', { nominationId, fileName: file.name, contentBase64 }), list.reload);
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
      <Modal
        open={!!viewing}
        width="90vw"
        title={viewing?.file.fileName}
        footer={null}
        onCancel={() => {
          if (viewing) URL.revokeObjectURL(viewing.url);
          setViewing(undefined);
        }}
      >
        {viewing?.file.mediaType === 'application/pdf' ? (
          <iframe title={viewing.file.fileName} src={viewing.url} style={{ width: '100%', height: '75vh', border: 0 }} />
        ) : (
          viewing && <img alt={viewing.file.fileName} src={viewing.url} style={{ maxWidth: '100%' }} />
        )}
      </Modal>
    </>
  );
}
