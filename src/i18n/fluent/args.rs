//! Arguments for a message: named strings and whole numbers.

/// An argument value. Numbers are whole: they are counts, and plural variants are
/// chosen on them; they are written plainly ("12", no grouping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text, written as is.
    Str(String),
    /// A whole number.
    Int(i64),
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_owned())
    }
}

macro_rules! int_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Int(i64::from(n))
            }
        }
    )*};
}
int_value!(i8, i16, i32, i64, u8, u16, u32);

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        // Counts never come near i64::MAX; saturate rather than wrap if one did.
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// Named arguments for [`super::Bundle::format`]; a few at most, so a list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args {
    pairs: Vec<(String, Value)>,
}

impl Args {
    /// No arguments.
    pub fn new() -> Args {
        Args::default()
    }

    /// Sets (or replaces) an argument.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<Value>) {
        let name = name.into();
        let value = value.into();
        match self.pairs.iter_mut().find(|(n, _)| *n == name) {
            Some(pair) => pair.1 = value,
            None => self.pairs.push((name, value)),
        }
    }

    /// The argument with this name.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The arguments in the order they were first set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.pairs.iter().map(|(n, v)| (n.as_str(), v))
    }
}

impl<N: Into<String>, V: Into<Value>> FromIterator<(N, V)> for Args {
    fn from_iter<I: IntoIterator<Item = (N, V)>>(iter: I) -> Args {
        let mut args = Args::new();
        for (n, v) in iter {
            args.set(n, v);
        }
        args
    }
}
