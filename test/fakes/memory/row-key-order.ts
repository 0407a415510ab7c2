/** Two `platform:id` keys in the order Table storage lists their rows: partition, then the URL-encoded id. */
export function byRowKey(a: string, b: string): number {
  const split = (key: string) => {
    const at = key.indexOf(':');
    return [key.slice(0, at), encodeURIComponent(key.slice(at + 1))] as const;
  };
  const [pa, ia] = split(a);
  const [pb, ib] = split(b);
  return pa < pb ? -1 : pa > pb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
}
