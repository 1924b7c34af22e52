// Places in a ranking where equal results share their place ("1, 1, 3"): the emulation ranking and
// the ranking by unit number their units the same way, so two pages never place the same tie apart.

/**
 * The place of each item of a list already sorted best first: an item whose key equals the previous
 * item's key shares its place, the next different one takes its position (1, 1, 3). A null key is not
 * ranked (null place); such items come last in the list.
 */
export function sharedPlaces<T>(sorted: readonly T[], key: (item: T) => string | number | null): (number | null)[] {
  let place = 0;
  let previous: string | number | null = null;
  return sorted.map((item, i) => {
    const k = key(item);
    if (k === null) return null;
    if (i === 0 || k !== previous) place = i + 1;
    previous = k;
    return place;
  });
}
