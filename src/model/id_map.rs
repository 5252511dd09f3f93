//! A map from ids to values, built once and then only read: a sorted `Vec` with binary
//! search. It replaces `BTreeMap` in the model and in the raw config types because every
//! `BTreeMap<K, V>` brings its own copy of the tree code into the widget (about 3 KB of
//! wasm per pair), while these maps are never changed after they are read.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;

/// Id → value, sorted by id; iteration is in id order, as with `BTreeMap`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for IdMap<K, V> {
    fn default() -> Self {
        IdMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> IdMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn position<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value for this key.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value for this key, to change it (tests build variants of a model).
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let i = self.position(key).ok()?;
        Some(&mut self.entries[i].1)
    }

    /// Whether the key is present.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_ok()
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// Values in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Collects like `BTreeMap`: sorted by key, the last of equal keys wins. Inserting one
/// by one (a binary search and a move each) needs no sort code per map type and is
/// fast for the few hundred entries a configuration has.
impl<K: Ord, V> FromIterator<(K, V)> for IdMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = IdMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<'a, K, V> IntoIterator for &'a IdMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Entries in key order, by value (to filter a map into a new one).
impl<K, V> IntoIterator for IdMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// Written like `BTreeMap`: a map in key order. The raw config types use `IdMap` for
/// their id-keyed objects, so `Serialize` and the JSON Schema must match `BTreeMap`'s.
impl<K: Serialize, V: Serialize> Serialize for IdMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.entries.iter().map(|(k, v)| (k, v)))
    }
}

/// The schema of the `BTreeMap` it stands in for (an object with values of `V`).
#[cfg(feature = "cli")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for IdMap<K, V> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<K, V>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V>>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::IdMap;

    #[test]
    fn behaves_like_a_sorted_map() {
        let mut m: IdMap<String, u8> = [("b", 1), ("a", 2), ("b", 3)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(m.get("b"), Some(&3));
        assert!(!m.contains_key("c"));
        assert_eq!(m.insert("c".into(), 4), None);
        assert_eq!(m.insert("a".into(), 5), Some(2));
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [5, 3, 4]);
        assert_eq!(m.len(), 3);
        let owned: Vec<(String, u8)> = m.clone().into_iter().collect();
        assert_eq!(owned, [("a".into(), 5), ("b".into(), 3), ("c".into(), 4)]);
        m.clear();
        assert!(m.is_empty());
    }

    /// The raw config types serialize through it (CLI, `wegwijzer init`).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn serializes_like_a_btree_map() {
        let pairs = [("b", vec!["x"]), ("a", vec![]), ("c", vec!["y", "z"])];
        let ours: IdMap<&str, Vec<&str>> = pairs.iter().cloned().collect();
        let std: std::collections::BTreeMap<&str, Vec<&str>> = pairs.into_iter().collect();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&std).unwrap()
        );
    }
}
