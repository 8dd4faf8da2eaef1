/** A number as a Vietnamese clerk writes it in a message: 2735.764 → "2.735,764". */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const [whole = "0", fraction] = Math.abs(n).toFixed(6).replace(/\.?0+$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}
