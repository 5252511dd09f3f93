//! The webmaster CLI. STUB
fn main() {}
