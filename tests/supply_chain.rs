#![cfg(not(target_arch = "wasm32"))]
//! The tools that make what residents download are pinned (issue 23, item 11; ADR 0015):
//! wasm-bindgen-cli is installed only with our lock file for the exact wasm-bindgen in
//! `Cargo.lock`, never by a fresh resolution; npm packages are exact versions; the Rust
//! version the sizes are measured with is written down.

use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
}

/// The version of `name` in a Cargo lock file.
fn locked(lock: &str, name: &str) -> Option<String> {
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"") {
            let v = lines.next()?;
            return Some(
                v.trim_start_matches("version = ")
                    .trim_matches('"')
                    .to_owned(),
            );
        }
    }
    None
}

#[test]
fn wasm_bindgen_cli_is_installed_only_from_our_lock_file() {
    let version = locked(&read("Cargo.lock"), "wasm-bindgen").expect("wasm-bindgen in Cargo.lock");
    let ours = read(&format!("tools/wasm-bindgen-cli-{version}.lock"));
    assert_eq!(
        locked(&ours, "wasm-bindgen-cli").as_deref(),
        Some(version.as_str())
    );
    // The bindgen the CLI builds with writes glue for the same crate version.
    assert_eq!(
        locked(&ours, "wasm-bindgen").as_deref(),
        Some(version.as_str())
    );
    let setup = read("scripts/setup");
    assert!(
        setup.contains("scripts/install-bindgen"),
        "setup installs through the locked script"
    );
    assert!(
        !setup.contains("cargo install wasm-bindgen-cli"),
        "no unlocked fallback in setup"
    );
    let install = read("scripts/install-bindgen");
    assert!(install.contains("cargo install --locked"), "{install}");
}

#[test]
fn npm_packages_are_exact_versions_and_rust_is_written_down() {
    let package = read("package.json");
    let deps = &package[package
        .find("\"devDependencies\"")
        .expect("devDependencies")..];
    let deps = &deps[..deps.find('}').unwrap()];
    for line in deps.lines().skip(1).filter(|l| l.contains(':')) {
        let version = line
            .split(':')
            .nth(1)
            .unwrap()
            .trim()
            .trim_matches([',', '"']);
        assert!(
            version.chars().next().is_some_and(|c| c.is_ascii_digit()),
            "not an exact version: {line}"
        );
    }
    assert!(
        package.contains("\"binaryen\""),
        "wasm-opt comes from the pinned npm binaryen"
    );
    let rust = read("tools/rust-version");
    let parts: Vec<&str> = rust.trim().split('.').collect();
    assert_eq!(parts.len(), 3, "a full version such as 1.95.0: {rust}");
    assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()), "{rust}");
}
