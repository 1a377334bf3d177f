// antd's styles come prebuilt from its own CSS file instead of being generated in the page at start-up: the first
// screen no longer waits for every component's style to be computed and injected (issue 17). The theme's tokens
// (our font and size) still reach the components as CSS variables.
import 'antd/dist/antd.css';
import type { ThemeConfig } from 'antd';
import { APP_FONT_FAMILY } from './fonts';

export const APP_THEME: ThemeConfig = {
  zeroRuntime: true,
  hashed: false,
  token: { fontSize: 16, fontFamily: APP_FONT_FAMILY },
};
