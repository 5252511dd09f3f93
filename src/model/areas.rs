//! Which team serves which address.
//!
//! Three levels, most specific first: a PC6 with a house-number range (a split street),
//! an exact PC6, a PC4 range. A more specific entry overrides a less specific one; two
//! entries on the same level may not overlap (the validator checks that). Lookups are
//! binary searches over sorted tables, so a gemeente with 20 000 entries costs nothing.

use super::{sort_stable_by, Postcode, ServiceId};

/// Odd or even house numbers only, for streets split down the middle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Parity {
    /// Every number in the range.
    #[default]
    All,
    /// Odd numbers only.
    Odd,
    /// Even numbers only.
    Even,
}

impl Parity {
    /// Whether `n` has this parity.
    pub fn admits(&self, n: u32) -> bool {
        match self {
            Parity::All => true,
            Parity::Odd => n % 2 == 1,
            Parity::Even => n % 2 == 0,
        }
    }

    /// Whether some number has both parities (i.e. they can overlap).
    pub fn overlaps(&self, other: &Parity) -> bool {
        !matches!(
            (self, other),
            (Parity::Odd, Parity::Even) | (Parity::Even, Parity::Odd)
        )
    }
}

/// An inclusive range of PC4 areas, e.g. 9990–9993.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pc4Range {
    /// First PC4 (inclusive).
    pub from: u16,
    /// Last PC4 (inclusive).
    pub to: u16,
    /// The team that serves it.
    pub team: ServiceId,
}

/// House numbers `from..=to` (with a parity) in one PC6.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressRange {
    /// The PC6.
    pub postcode: Postcode,
    /// First house number (inclusive).
    pub from: u32,
    /// Last house number (inclusive).
    pub to: u32,
    /// Odd, even or all numbers.
    pub parity: Parity,
    /// The team that serves it.
    pub team: ServiceId,
}

/// The result of looking up an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaMatch {
    /// Exactly one team serves this address.
    Team(ServiceId),
    /// Several teams serve parts of this postcode; the house number would decide.
    Ambiguous(Vec<ServiceId>),
    /// No team is configured: use the gemeente-wide contact.
    Unknown,
}

/// The address → team table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Areas {
    pc4: Vec<Pc4Range>,
    pc6: Vec<(Postcode, ServiceId)>,
    addresses: Vec<AddressRange>,
}

impl Areas {
    /// Builds the lookup tables. Sorting happens here so lookups can binary-search.
    pub fn new(
        mut pc4: Vec<Pc4Range>,
        mut pc6: Vec<(Postcode, ServiceId)>,
        mut addresses: Vec<AddressRange>,
    ) -> Self {
        sort_stable_by(&mut pc4, |a, b| (a.from, a.to).cmp(&(b.from, b.to)));
        sort_stable_by(&mut pc6, |a, b| a.0.cmp(&b.0));
        sort_stable_by(&mut addresses, |a, b| {
            (a.postcode, a.from, a.to).cmp(&(b.postcode, b.from, b.to))
        });
        Areas {
            pc4,
            pc6,
            addresses,
        }
    }

    /// The PC4 ranges, sorted.
    pub fn pc4_ranges(&self) -> &[Pc4Range] {
        &self.pc4
    }

    /// The exact PC6 entries, sorted.
    pub fn pc6_entries(&self) -> &[(Postcode, ServiceId)] {
        &self.pc6
    }

    /// The house-number ranges, sorted by postcode.
    pub fn address_ranges(&self) -> &[AddressRange] {
        &self.addresses
    }

    /// Whether no area is configured at all.
    pub fn is_empty(&self) -> bool {
        self.pc4.is_empty() && self.pc6.is_empty() && self.addresses.is_empty()
    }

    /// Finds the team for an address: house-number ranges, then PC6, then PC4.
    pub fn lookup(&self, postcode: &Postcode, house_number: Option<u32>) -> AreaMatch {
        let in_pc6 = self.address_ranges_for(postcode);
        let coarse = self.coarse_team(postcode);
        if !in_pc6.is_empty() {
            match house_number {
                Some(n) => {
                    let hit = in_pc6
                        .iter()
                        .find(|r| (r.from..=r.to).contains(&n) && r.parity.admits(n));
                    if let Some(r) = hit {
                        return AreaMatch::Team(r.team.clone());
                    }
                }
                None => {
                    // A split street without a house number: one team only if every part agrees.
                    // Sorted and without duplicates, built by insertion: a handful of teams.
                    let mut teams: Vec<ServiceId> = Vec::new();
                    for team in in_pc6.iter().map(|r| &r.team).chain(coarse.as_ref()) {
                        if let Err(i) = teams.binary_search(team) {
                            teams.insert(i, team.clone());
                        }
                    }
                    return match teams.len() {
                        1 => AreaMatch::Team(teams.remove(0)),
                        _ => AreaMatch::Ambiguous(teams),
                    };
                }
            }
        }
        match coarse {
            Some(team) => AreaMatch::Team(team),
            None => AreaMatch::Unknown,
        }
    }

    fn address_ranges_for(&self, postcode: &Postcode) -> &[AddressRange] {
        let start = self.addresses.partition_point(|r| r.postcode < *postcode);
        let end = self.addresses.partition_point(|r| r.postcode <= *postcode);
        &self.addresses[start..end]
    }

    /// The team by exact PC6, else by PC4 range.
    fn coarse_team(&self, postcode: &Postcode) -> Option<ServiceId> {
        if let Ok(i) = self.pc6.binary_search_by(|(pc, _)| pc.cmp(postcode)) {
            return Some(self.pc6[i].1.clone());
        }
        let pc4 = postcode.pc4();
        // Ranges do not overlap (validated), so the candidate is the last range starting at or before pc4.
        let i = self.pc4.partition_point(|r| r.from <= pc4);
        let r = self.pc4.get(i.checked_sub(1)?)?;
        (pc4 <= r.to).then(|| r.team.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pc(s: &str) -> Postcode {
        Postcode::parse(s).unwrap()
    }

    fn areas() -> Areas {
        Areas::new(
            vec![
                Pc4Range {
                    from: 9990,
                    to: 9993,
                    team: "noord".into(),
                },
                Pc4Range {
                    from: 9995,
                    to: 9995,
                    team: "zuid".into(),
                },
            ],
            vec![(pc("9991AB"), "oost".into())],
            vec![
                AddressRange {
                    postcode: pc("9992CD"),
                    from: 1,
                    to: 49,
                    parity: Parity::Odd,
                    team: "oost".into(),
                },
                AddressRange {
                    postcode: pc("9992CD"),
                    from: 2,
                    to: 50,
                    parity: Parity::Even,
                    team: "noord".into(),
                },
                AddressRange {
                    postcode: pc("9996EF"),
                    from: 1,
                    to: 20,
                    parity: Parity::All,
                    team: "west".into(),
                },
                AddressRange {
                    postcode: pc("9996EF"),
                    from: 21,
                    to: 99,
                    parity: Parity::All,
                    team: "zuid".into(),
                },
            ],
        )
    }

    #[test]
    fn most_specific_entry_wins() {
        let a = areas();
        assert_eq!(
            a.lookup(&pc("9990ZZ"), None),
            AreaMatch::Team("noord".into())
        );
        assert_eq!(
            a.lookup(&pc("9993AA"), Some(3)),
            AreaMatch::Team("noord".into())
        );
        assert_eq!(
            a.lookup(&pc("9991AB"), None),
            AreaMatch::Team("oost".into())
        );
        assert_eq!(
            a.lookup(&pc("9992CD"), Some(7)),
            AreaMatch::Team("oost".into())
        );
        assert_eq!(
            a.lookup(&pc("9992CD"), Some(8)),
            AreaMatch::Team("noord".into())
        );
        assert_eq!(
            a.lookup(&pc("9995AA"), None),
            AreaMatch::Team("zuid".into())
        );
    }

    #[test]
    fn unknown_and_ambiguous() {
        let a = areas();
        assert_eq!(a.lookup(&pc("9994AA"), None), AreaMatch::Unknown);
        assert_eq!(a.lookup(&pc("1000AA"), Some(1)), AreaMatch::Unknown);
        // A house number outside every range falls back to the PC4 team.
        assert_eq!(
            a.lookup(&pc("9992CD"), Some(99)),
            AreaMatch::Team("noord".into())
        );
        // No house number on a street split between oost and noord: ask.
        assert_eq!(
            a.lookup(&pc("9992CD"), None),
            AreaMatch::Ambiguous(vec!["noord".into(), "oost".into()])
        );
        // No house number and two teams on the street, no coarser entry: ask.
        assert_eq!(
            a.lookup(&pc("9996EF"), None),
            AreaMatch::Ambiguous(vec!["west".into(), "zuid".into()])
        );
        assert_eq!(a.lookup(&pc("9996EF"), Some(100)), AreaMatch::Unknown);
    }

    #[test]
    fn parity_overlap() {
        assert!(!Parity::Odd.overlaps(&Parity::Even));
        assert!(Parity::All.overlaps(&Parity::Even));
        assert!(Parity::Odd.overlaps(&Parity::Odd));
    }
}
