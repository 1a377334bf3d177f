import { prefetch } from '../api/prefetch';

/** What 工作台 asks for when it mounts, asked at start-up instead (main.tsx) while its code is still loading. */
export function prefetchDashboard(): void {
  void prefetch('app.info').then((info) => {
    if (info.ok) void prefetch('year.path', { year: info.value.year });
  });
  void prefetch('backup.status');
}
