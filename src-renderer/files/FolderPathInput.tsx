import { Button, Input, Space, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  placeholder?: string;
  value: string;
  onChange(path: string): void;
  style?: CSSProperties;
}

/**
 * A folder for a door that writes to one (the result bundle to the stick): chosen in the system's folder dialog in
 * the desktop app. In a browser the path stays typed: a browser's directory picker gives the page the folder's
 * files, never its path, and the app writes there from its own process. The hint says so.
 */
export function FolderPathInput({ label, placeholder, value, onChange, style }: Props) {
  const { t } = useTranslation();
  const pickFolder = window.studioReview?.pickFolder;
  const pick = async () => {
    const picked = await pickFolder?.();
    if (picked) onChange(picked);
  };
  return (
    <Space direction="vertical" size={4}>
      <Space.Compact>
        <Input aria-label={label} addonBefore={label} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} style={style} />
        {pickFolder && (
          <Button onClick={() => void pick()} data-testid="pick-folder">
            {t('office.folderPicker.pick')}
          </Button>
        )}
      </Space.Compact>
      {!pickFolder && (
        <Typography.Text type="secondary" data-testid="folder-typed-hint">
          {t('office.folderPicker.typedHint')}
        </Typography.Text>
      )}
    </Space>
  );
}
