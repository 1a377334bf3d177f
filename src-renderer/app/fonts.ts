// Noto Sans SC from the app's own npm package (regular and bold): Chinese looks the same on every laptop, whatever
// fonts it has. The CSS splits each weight by unicode range, so a page loads only the pieces its characters need.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';

export const APP_FONT_FAMILY = "'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";
