//! The rules for values that become links or text on a resident's screen, in one place:
//! the validator explains a break of them with a path and a hint, and the compiled-file
//! decoder refuses a file that breaks them (a `.wgw` is data anyone with CMS access may
//! replace; its checksum is not a signature). Kept here, in the browser-free model, so
//! the widget can use them without carrying the validator.

/// Longest id, in bytes: ids are short names (`debt-help`), also in Fluent message ids.
pub const MAX_ID: usize = 64;

/// Longest text value of a configuration, in bytes (names, addresses, urls, paths): far
/// above any real one, low enough that a file cannot flood the screen or the console.
pub const MAX_TEXT: usize = 1000;

/// Why a text is not an acceptable URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UrlProblem {
    /// Not an `https://` address (`http:`, `tel:`, `javascript:`, a bare domain, ...).
    NotHttps,
    /// Contains spaces or other whitespace.
    Whitespace,
    /// Nothing after the scheme.
    NoHost,
}

/// Whether `url` is a full `https://` address with a host and no whitespace. The
/// prefix is compared exactly (lower case, nothing before it), so `JAVASCRIPT:`,
/// ` javascript:` and `data:` never pass.
pub fn check_https(url: &str) -> Result<(), UrlProblem> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(UrlProblem::NotHttps);
    };
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Whitespace);
    }
    if rest.is_empty() || rest.starts_with('/') {
        return Err(UrlProblem::NoHost);
    }
    Ok(())
}

/// A plain address: one `@`, a non-empty local part, a domain with a dot, no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A BCP 47 tag as the configuration uses them: `nl`, `pt-BR`, `nl-x-u` (it also names
/// the locale folder the widget fetches).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_https_passes() {
        assert!(check_https("https://www.example.nl/a?b=c").is_ok());
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "http://x.nl",
            " https://x.nl",
            "HTTPS://x.nl",
        ] {
            assert_eq!(check_https(bad), Err(UrlProblem::NotHttps), "{bad}");
        }
        assert_eq!(
            check_https("https://x.nl/\tjavascript:"),
            Err(UrlProblem::Whitespace)
        );
        assert_eq!(
            check_https("https://x.nl/\u{0}"),
            Err(UrlProblem::Whitespace)
        );
        assert_eq!(check_https("https:///x"), Err(UrlProblem::NoHost));
        assert!(is_email("info@example.nl"));
        assert!(!is_email("javascript:alert(1)//@x.nl ") && !is_email("a@b"));
    }
}
