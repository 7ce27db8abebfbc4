// How people read dates and counts in the office: 2023年2月28日, 185 名.

export function chineseDate(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function count(n, unit) {
  return `${Number(n).toLocaleString('zh-CN')} ${unit}`;
}
