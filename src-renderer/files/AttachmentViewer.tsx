import { Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { FileDownload } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { fileBlob } from './download';

/**
 * Shows an attachment offline, from the bytes the back end checked against their SHA-256: PDFs in
 * Chromium's viewer, images as images. Returns `open(id)` and the modal to render.
 */
export function useAttachmentViewer(): { open(id: number): Promise<boolean>; viewer: ReactNode } {
  const { run } = useAction();
  const [viewing, setViewing] = useState<{ file: FileDownload; url: string }>();
  const open = (id: number) =>
    run(() => api('attachments.get', { id }), (file) => {
      setViewing({ file, url: URL.createObjectURL(fileBlob(file)) });
    });
  const viewer = (
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
  );
  return { open, viewer };
}
