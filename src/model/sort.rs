//! One stable sort for every element type in the core.
//!
//! `slice::sort_by` is generic over the element type and the comparison, so every call
//! site brings its own copy of std's driftsort into the widget (about 5 KB of wasm
//! each). [`sort_stable_by`] sorts a list of indices instead — with the one copy of the
//! sort that [`stable_order`] holds, a small merge sort of our own — and then moves the
//! elements into that order. Per element type only the small permutation step is generated.
//!
//! Stable like `sort_by`: equal elements keep their order, which validation relies on
//! (the first of two equal postcodes is the one an error points back to).

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, like `items.sort_by(cmp)`, in `O(n log n)`.
pub fn sort_stable_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// The indices `0..len` stably sorted by `cmp`: position `i` of the result holds the
/// index of the element that belongs at `i`. Not generic, so the sort is compiled once.
///
/// A plain bottom-up merge sort (runs of 1, 2, 4, … merged into a second buffer) rather
/// than std's `sort_by`: driftsort's runs, small-sorts and quicksort fallback are about
/// 4 KB of wasm, this is a few hundred bytes, and our lists are small except for JSON
/// objects with very many keys, where `O(n log n)` is all that matters.
#[inline(never)]
pub fn stable_order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (mid + width).min(len);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                // Take from the left run on ties: that keeps equal elements in order.
                let take_left =
                    right == end || (left < mid && cmp(order[left], order[right]).is_le());
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Moves `items[order[i]]` to position `i` for every `i`, following each cycle of the
/// permutation with swaps; a placed position is marked by `order[i] == i`.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_stable_by;

    #[test]
    fn sorts_like_std_and_keeps_ties_in_order() {
        // (key, original position): ties must keep their original positions in order.
        let keys = [
            5, 3, 5, 1, 3, 9, 0, 5, 1, 2, 8, 3, 7, 7, 0, 4, 6, 5, 2, 1, 9, 3,
        ];
        let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let mut std = ours.clone();
        sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
        std.sort_by_key(|a| a.0);
        assert_eq!(ours, std);
    }

    #[test]
    fn handles_every_permutation_of_four() {
        // Every arrangement of 0..4 (the 256 words over four digits, distinct ones only).
        let perms: Vec<[u8; 4]> = (0..256u16)
            .map(|n| [0, 2, 4, 6].map(|shift| (n >> shift) as u8 & 3))
            .filter(|p| (0..4).all(|d| p.contains(&d)))
            .collect();
        assert_eq!(perms.len(), 24);
        for p in perms {
            let mut v: Vec<String> = p.iter().map(u8::to_string).collect();
            sort_stable_by(&mut v, |a, b| b.cmp(a));
            assert_eq!(v, ["3", "2", "1", "0"], "from {p:?}");
        }
    }

    #[test]
    fn empty_and_single() {
        let mut none: [u8; 0] = [];
        sort_stable_by(&mut none, u8::cmp);
        let mut one = [7];
        sort_stable_by(&mut one, u8::cmp);
        assert_eq!(one, [7]);
    }
}

/// The same as std's stable sort on arbitrary lists with many ties (proptest is native-only).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::{sort_stable_by, stable_order};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn matches_std_sort_by(keys in prop::collection::vec(0u8..6, 0..300)) {
            let mut ours: Vec<(u8, usize)> = keys.into_iter().zip(0..).collect();
            let mut std = ours.clone();
            sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }

        /// Lengths that are not powers of two leave a short last run in every pass.
        #[test]
        fn order_matches_std_on_longer_lists(keys in prop::collection::vec(0u16..500, 0..3000)) {
            let ours = stable_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
            let mut std: Vec<usize> = (0..keys.len()).collect();
            std.sort_by_key(|&i| keys[i]);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn many_keys_in_reverse_order() {
        let n = 100_003;
        let order = stable_order(n, &|a, b| b.cmp(&a));
        assert!(order.iter().copied().eq((0..n).rev()));
    }
}
