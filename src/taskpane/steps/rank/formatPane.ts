/** Numbers as a Vietnamese clerk reads them: 1.012,50 and 101,25%. */
const points = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatPoints(n: number): string {
  return points.format(n);
}

export function formatPercent(n: number): string {
  return `${points.format(n)}%`;
}
