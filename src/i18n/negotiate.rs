//! Choosing a language: the element's `lang`, else the page's, else the default.

/// Picks the first requested language that is available, matching on the primary
/// subtag when there is no exact match ("nl-BE" → "nl", "en-GB" → "en"). Falls back to
/// `default`. Empty requests are skipped.
pub fn negotiate(requested: &[&str], available: &[&str], default: &str) -> String {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    for req in requested.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(req)) {
            return (*a).to_owned();
        }
        if let Some(a) = available.iter().find(|a| primary(a) == primary(req)) {
            return (*a).to_owned();
        }
    }
    default.to_owned()
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn element_then_page_then_default() {
        let avail = ["nl", "en", "ar"];
        assert_eq!(negotiate(&["ar", "nl"], &avail, "nl"), "ar");
        assert_eq!(negotiate(&["", "en-GB"], &avail, "nl"), "en");
        assert_eq!(negotiate(&["NL-be"], &avail, "nl"), "nl");
        assert_eq!(negotiate(&["de", "fr"], &avail, "nl"), "nl");
        assert_eq!(negotiate(&[], &avail, "nl"), "nl");
    }
}
